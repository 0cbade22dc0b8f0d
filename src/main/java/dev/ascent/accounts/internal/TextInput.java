package dev.ascent.accounts.internal;

import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for the short texts people type into account forms: names, email addresses. */
public final class TextInput {

    public static final int MAX_NAME = 80;
    public static final int MAX_EMAIL = 254;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

    private TextInput() {
    }

    /** Trims and turns tabs and line breaks into spaces; other control characters stay, for the checks to refuse. */
    static String singleLine(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    static boolean hasControlCharacters(String text) {
        return CONTROL.matcher(text).find();
    }

    /** For showing typed text back in a form: control characters dropped, so nothing invisible travels back. */
    public static String withoutControlCharacters(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    static Optional<String> checkName(String name) {
        if (name.isEmpty()) {
            return Optional.of("Tell us what to call you.");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("Use at most %d characters.".formatted(MAX_NAME));
        }
        if (CONTROL.matcher(name).find()) {
            return Optional.of("Use letters, digits, spaces and punctuation only.");
        }
        return Optional.empty();
    }

    static Optional<String> checkEmail(String email) {
        if (email.isEmpty()) {
            return Optional.of("Enter your email address.");
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of("An email address has at most %d characters.".formatted(MAX_EMAIL));
        }
        if (CONTROL.matcher(email).find() || !EMAIL.matcher(email).matches()) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }
}
