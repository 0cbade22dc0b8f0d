package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The career ladder, in order. */
public enum Level {
    JUNIOR, INTERMEDIATE, SENIOR, EXPERT;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Level of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
