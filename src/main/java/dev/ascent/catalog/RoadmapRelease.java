package dev.ascent.catalog;

import java.time.Instant;
import java.util.List;

/** One published version of a roadmap and what it changed against the version before it. */
public record RoadmapRelease(int version, Instant publishedAt, RoadmapSource source, String fileName,
                             List<Change> added, List<Change> removed, List<Change> changed) {

    public RoadmapRelease {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** A phase, topic, project or checkpoint that appeared, disappeared or changed. */
    public record Change(String kind, String id, String title) {
    }

    public boolean first() {
        return version == 1 || (added.isEmpty() && removed.isEmpty() && changed.isEmpty());
    }
}
