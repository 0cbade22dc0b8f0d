package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** An enum written in roadmap files and JSON by its lowercase name ({@code junior}, {@code practice}). */
public interface Keyed {

    String name();

    @JsonValue
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key as a person reads it: {@code Junior}. */
    default String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String key) {
        return Enum.valueOf(type, key.strip().toUpperCase(Locale.ROOT));
    }
}
