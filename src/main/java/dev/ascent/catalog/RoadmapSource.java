package dev.ascent.catalog;

/** Where a published roadmap came from. */
public enum RoadmapSource implements Keyed {
    /** Shipped inside Ascent. */
    BUILTIN,
    /** A team's file in {@code ascent.roadmaps.dir}. */
    DIRECTORY,
    /** Uploaded by an administrator. */
    UPLOAD,
    /** Published by a team's lead, for that team only. */
    TEAM;

    @com.fasterxml.jackson.annotation.JsonCreator
    public static RoadmapSource of(String key) {
        return Keyed.parse(RoadmapSource.class, key);
    }
}
