package dev.ascent.accounts.internal;

import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for the short texts people type into account forms: names, email addresses. The command
 * records ({@code SignUp}, {@code Rename}) carry them as annotations; sign-in and the reset request
 * check an address with {@link #checkEmail}, the same rules in code.
 */
public final class TextInput {

    public static final int MAX_NAME = 80;
    public static final int MAX_EMAIL = 254;

    public static final String NAME_MISSING = "Tell us what to call you.";
    public static final String NAME_TOO_LONG = "Use at most " + MAX_NAME + " characters.";
    public static final String NAME_CHARACTERS = "Use letters, digits, spaces and punctuation only.";
    /** No control characters; a name too long is the length rule's to report, so one problem shows at a time. */
    public static final String NAME_PATTERN = "\\P{Cc}*|(?s).{" + (MAX_NAME + 1) + ",}";

    public static final String EMAIL_MISSING = "Enter your email address.";
    public static final String EMAIL_TOO_LONG = "An email address has at most " + MAX_EMAIL + " characters.";
    public static final String EMAIL_SHAPE = "Enter an email address like name@example.org.";
    private static final String EMAIL_SHAPE_PATTERN = "[^\\s@\\p{Cc}]+@[^\\s@.\\p{Cc}]+(\\.[^\\s@.\\p{Cc}]+)+";
    /** An address's shape; an empty or too long one is another rule's to report. */
    public static final String EMAIL_PATTERN = "|(?s).{" + (MAX_EMAIL + 1) + ",}|" + EMAIL_SHAPE_PATTERN;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern EMAIL = Pattern.compile(EMAIL_SHAPE_PATTERN);

    private TextInput() {
    }

    /** Trims and turns tabs and line breaks into spaces; other control characters stay, for the checks to refuse. */
    public static String singleLine(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** For showing typed text back in a form: control characters dropped, so nothing invisible travels back. */
    public static String withoutControlCharacters(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    static Optional<String> checkEmail(String email) {
        if (email.isEmpty()) {
            return Optional.of(EMAIL_MISSING);
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of(EMAIL_TOO_LONG);
        }
        if (!EMAIL.matcher(email).matches()) {
            return Optional.of(EMAIL_SHAPE);
        }
        return Optional.empty();
    }
}
