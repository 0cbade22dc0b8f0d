package dev.ascent.learning.portability;

import dev.ascent.platform.Dates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads values of an import file's JSON, recording a problem (by path) for each one of the wrong kind,
 * and keeping at most {@link #MAX_PROBLEMS} of them (a count of the rest).
 */
final class ImportReader {

    /** Problems kept in full; a section with more is refused with a count of the rest. */
    static final int MAX_PROBLEMS = 200;
    private static final String DAY = "Write the day as YYYY-MM-DD" + Dates.IN_RANGE + ".";

    private final Map<String, String> problems = new LinkedHashMap<>();
    private int more;

    void problem(String path, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            // a message may quote an id from the file: cut it, as the page shows it too
            problems.putIfAbsent(path, message.length() <= 300 ? message : message.substring(0, 299) + "…");
        } else {
            more++;
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    Map<String, String> problems() {
        Map<String, String> all = new LinkedHashMap<>(problems);
        if (more > 0) {
            all.put("more", "and %,d more problems in this section".formatted(more));
        }
        return all;
    }

    Iterable<JsonNode> list(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(join(at, field), "Must be a list.");
            return List.of();
        }
        return value;
    }

    List<String> strings(JsonNode node, String field, String at) {
        List<String> values = new ArrayList<>();
        int i = 0;
        for (JsonNode value : list(node, field, at)) {
            if (value.isString() && value.asString().indexOf('\u0000') < 0) {
                values.add(value.asString());
            } else {
                problem(join(at, field) + "[%d]".formatted(i), "Must be text without NUL characters.");
            }
            i++;
        }
        return values;
    }

    @Nullable String text(JsonNode node, String field, String at, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (required && value.isString() && value.asString().isBlank())) {
            if (required) {
                problem(join(at, field), "Missing; every %s has one.".formatted(field));
            }
            return null;
        }
        if (!value.isString()) {
            problem(join(at, field), "Must be text.");
            return null;
        }
        if (value.asString().indexOf('\u0000') >= 0) {
            problem(join(at, field), "Contains a NUL character, which cannot be stored.");
            return null;
        }
        return value.asString();
    }

    @Nullable LocalDate day(JsonNode node, String field, String at, boolean required) {
        String text = text(node, field, at, required);
        if (text == null) {
            return null;
        }
        try {
            return Dates.parseDay(text);
        } catch (DateTimeParseException e) {
            problem(join(at, field), DAY);
            return null;
        }
    }

    @Nullable Integer whole(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(join(at, field), "Must be a whole number.");
            return null;
        }
        return value.intValue();
    }

    boolean flag(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            problem(join(at, field), "Must be true or false.");
        }
        return value != null && value.isBoolean() && value.booleanValue();
    }

    <E extends Enum<E>> @Nullable E choice(JsonNode node, String field, String at, Class<E> type, @Nullable E fallback) {
        String text = text(node, field, at, fallback == null);
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problem(join(at, field), "Must be one of %s.".formatted(String.join(", ", names)));
            return fallback;
        }
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }
}
