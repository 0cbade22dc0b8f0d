package dev.ascent.catalog;

import java.util.List;

/**
 * A roadmap version went live. Learners' progress is keyed by ids, so listeners only need to
 * know which topics no longer exist (to show them as retired, never to drop them).
 */
public record RoadmapPublished(String roadmapId, int version, List<String> removedTopicIds) {

    public RoadmapPublished {
        removedTopicIds = List.copyOf(removedTopicIds);
    }
}
