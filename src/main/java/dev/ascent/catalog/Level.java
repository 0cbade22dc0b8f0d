package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The career ladder, in order. */
public enum Level implements Keyed {
    JUNIOR, INTERMEDIATE, SENIOR, EXPERT;

    @JsonCreator
    public static Level of(String key) {
        return Keyed.parse(Level.class, key);
    }
}
