package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What kind of work a topic is: reading and courses, building, or working with others. */
public enum TopicKind {
    THEORY, PRACTICE, COMMUNITY;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TopicKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
