package dev.ascent.platform.formats;

import dev.ascent.platform.formats.SchemaReference.Phrase;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A schema's value constraints in words: "1–120 characters", "between 1 and 80", "at least 1 item, at most 96". */
final class Constraints {

    private Constraints() {
    }

    static List<Phrase> words(JsonNode node) {
        List<Phrase> words = new ArrayList<>();
        String length = counted(number(node, "minLength"), number(node, "maxLength"), "character", "characters");
        if (length != null) {
            words.add(Phrase.of(length));
        }
        String range = range(node);
        if (range != null) {
            words.add(Phrase.of(range));
        }
        String multiple = number(node, "multipleOf");
        if (multiple != null) {
            words.add(Phrase.of("a multiple of " + multiple));
        }
        String items = items(number(node, "minItems"), number(node, "maxItems"));
        if (items != null) {
            words.add(Phrase.of(items));
        }
        String fields = counted(number(node, "minProperties"), number(node, "maxProperties"), "field", "fields");
        if (fields != null) {
            words.add(Phrase.of(fields));
        }
        if (node.path("uniqueItems").isBoolean() && node.get("uniqueItems").booleanValue()) {
            words.add(Phrase.of("unique items"));
        }
        for (String keyword : List.of("pattern", "format", "default")) {
            JsonNode value = node.get(keyword);
            if (value != null) {
                words.add(Phrase.builder().text(keyword + " ").code(SchemaReader.literal(value)).build());
            }
        }
        if (node.path("deprecated").isBoolean() && node.get("deprecated").booleanValue()) {
            words.add(Phrase.of("deprecated"));
        }
        return words;
    }

    /** "1–120 characters", "at most 64 characters", "at least 1 field", "exactly 2 characters". */
    private static @Nullable String counted(@Nullable String min, @Nullable String max, String one, String many) {
        if (min != null && max != null) {
            return min.equals(max) ? "exactly %s %s".formatted(min, noun(min, one, many)) : "%s–%s %s".formatted(min, max, many);
        }
        if (max != null) {
            return "at most %s %s".formatted(max, noun(max, one, many));
        }
        if (min != null) {
            return "at least %s %s".formatted(min, noun(min, one, many));
        }
        return null;
    }

    /** "at least 1 item, at most 96", "exactly 2 items", "at most 30 items". */
    private static @Nullable String items(@Nullable String min, @Nullable String max) {
        if (min != null && max != null) {
            return min.equals(max) ? "exactly %s %s".formatted(min, noun(min, "item", "items"))
                    : "at least %s %s, at most %s".formatted(min, noun(min, "item", "items"), max);
        }
        return counted(min, max, "item", "items");
    }

    /** "between 1 and 80", "at least 5", "more than 0 and at most 1". */
    private static @Nullable String range(JsonNode node) {
        String min = number(node, "minimum");
        String max = number(node, "maximum");
        String above = number(node, "exclusiveMinimum");
        String below = number(node, "exclusiveMaximum");
        if (min != null && max != null && above == null && below == null) {
            return "between %s and %s".formatted(min, max);
        }
        List<String> bounds = new ArrayList<>();
        if (above != null) {
            bounds.add("more than " + above);
        } else if (min != null) {
            bounds.add("at least " + min);
        }
        if (below != null) {
            bounds.add("less than " + below);
        } else if (max != null) {
            bounds.add("at most " + max);
        }
        return bounds.isEmpty() ? null : String.join(" and ", bounds);
    }

    private static String noun(String count, String one, String many) {
        return count.equals("1") ? one : many;
    }

    /** A numeric keyword as written, or null when it is absent or not a number. */
    private static @Nullable String number(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isNumber() ? value.toString() : null;
    }
}
