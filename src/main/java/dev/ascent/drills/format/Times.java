package dev.ascent.drills.format;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as a drill file writes them ({@code 90s}, {@code 15m}, {@code 800ms}) and the tree's values read defensively. */
final class Times {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");

    private Times() {
    }

    /** The duration in seconds, or null when the value is not a duration (the schema says how to write one). */
    static @Nullable Double seconds(@Nullable JsonNode node) {
        String text = text(node);
        if (text == null || text.length() > 20) {
            return null;
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> value / 1_000;
            case "s" -> value;
            case "m" -> value * 60;
            default -> value * 3_600;
        };
    }

    /** "45s", "2m 30s" style for messages: "90s", "2.5m", "1h". */
    static String describe(double seconds) {
        if (seconds < 1) {
            return trim(seconds * 1_000) + "ms";
        }
        if (seconds < 60 || seconds % 60 != 0 && seconds < 600) {
            return trim(seconds) + "s";
        }
        if (seconds < 3_600) {
            return trim(seconds / 60) + "m";
        }
        return trim(seconds / 3_600) + "h";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    /** A whole number that fits an int, or null: a file may hold 1E+100, which the schema reports and nothing may narrow. */
    static @Nullable Integer whole(@Nullable JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    /** A finite number within ±1e12, or null (the schema reports anything past its bounds). */
    static @Nullable Double number(@Nullable JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        double value = node.asDouble();
        return Double.isFinite(value) && Math.abs(value) <= 1e12 ? value : null;
    }
}
