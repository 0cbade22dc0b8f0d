package dev.ascent.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How demanding a project is. */
public enum ProjectTier implements Keyed {
    BEGINNER, INTERMEDIATE, ADVANCED, SENIOR;

    @JsonCreator
    public static ProjectTier of(String key) {
        return Keyed.parse(ProjectTier.class, key);
    }
}
