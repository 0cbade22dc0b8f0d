package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How demanding a project is. */
public enum ProjectTier {
    BEGINNER, INTERMEDIATE, ADVANCED, SENIOR;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ProjectTier of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
