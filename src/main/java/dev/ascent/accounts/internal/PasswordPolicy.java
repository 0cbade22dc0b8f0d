package dev.ascent.accounts.internal;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable: at least 12 characters, at most 128, and hard to guess as
 * estimated by nbvcxz (zxcvbn's approach: dictionaries, keyboard patterns, dates, and the
 * person's own email and name). A weak password gets the estimator's advice in plain words.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** bits of entropy; nbvcxz's default is 35, we ask a little more for accounts that hold evidence */
    private static final double MIN_ENTROPY = 40;

    private PasswordPolicy() {
    }

    /** The reason a password is refused, or empty when it is fine. */
    public static Optional<String> check(String password, String email, String displayName) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Use at least %d characters; a short sentence you will remember works well.".formatted(MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most %d characters.".formatted(MAX_LENGTH));
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        Result result = estimator(email, displayName).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        StringBuilder advice = new StringBuilder("This password is too easy to guess.");
        String warning = result.getFeedback().getWarning();
        if (warning != null && !warning.isBlank()) {
            advice.append(' ').append(warning.strip());
            if (!warning.strip().endsWith(".")) {
                advice.append('.');
            }
        }
        List<String> suggestions = result.getFeedback().getSuggestion();
        if (suggestions != null && !suggestions.isEmpty()) {
            advice.append(' ').append(suggestions.getFirst().strip());
        }
        return Optional.of(advice.toString());
    }

    /** nbvcxz's own dictionaries, loaded once: reading them for every check would cost more than the check. */
    private static final List<Dictionary> DEFAULT_DICTIONARIES = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());
    /** No password of at most 128 characters can use more of a word than this; longer input is not worth indexing. */
    private static final int MAX_WORD = 64;

    private static Nbvcxz estimator(String email, String displayName) {
        List<String> personal = new ArrayList<>();
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        personal.add(word(localPart));
        personal.add(word(email));
        for (String part : word(displayName).split("\\s+")) {
            if (part.length() >= 3) {
                personal.add(part);
            }
        }
        personal.add("ascent");
        List<Dictionary> dictionaries = new ArrayList<>(DEFAULT_DICTIONARIES);
        dictionaries.add(new DictionaryBuilder().setDictionaryName("personal").setExclusion(true)
                .addWords(personal, 0).createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setMinimumEntropy(MIN_ENTROPY)
                .setDictionaries(dictionaries)
                .setLocale(Locale.ENGLISH)
                .createConfiguration());
    }

    private static String word(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() <= MAX_WORD ? lower : lower.substring(0, MAX_WORD);
    }
}
