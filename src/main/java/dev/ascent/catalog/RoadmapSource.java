package dev.ascent.catalog;

import java.util.Locale;

/** Where a published roadmap came from. */
public enum RoadmapSource {
    /** Shipped inside Ascent. */
    BUILTIN,
    /** A team's file in {@code ascent.roadmaps.dir}. */
    DIRECTORY,
    /** Uploaded by an administrator. */
    UPLOAD;

    @com.fasterxml.jackson.annotation.JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static RoadmapSource of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
