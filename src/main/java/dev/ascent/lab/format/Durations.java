package dev.ascent.lab.format;

import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as a model file writes them: a number and a unit ({@code 120ms}, {@code 2s}, {@code 1.5m}, {@code 1h}). */
final class Durations {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");

    private Durations() {
    }

    /** The duration in milliseconds, or null when the text is not a duration (the schema says how to write one). */
    static @Nullable Double millis(@Nullable String text) {
        if (text == null || text.length() > 20) {
            return null;
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            default -> value * 3_600_000;
        };
    }

    /** "45s", "2m 30s", "1h": a duration in words for messages. */
    static String describe(double ms) {
        if (ms < 1_000) {
            return trim(ms) + "ms";
        }
        if (ms < 60_000) {
            return trim(ms / 1_000) + "s";
        }
        if (ms < 3_600_000) {
            return trim(ms / 60_000) + "m";
        }
        return trim(ms / 3_600_000) + "h";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
