package dev.ascent.catalog;

import org.jspecify.annotations.Nullable;

/** What a catalog card shows about a roadmap. */
public record RoadmapSummary(String id, int version, String title, String summary, Roadmap.Levels levels,
                             Roadmap.@Nullable Duration duration, Roadmap.@Nullable Weekly weekly, int phases,
                             int topics, int projects, int checkpoints, int totalHours) {

    static RoadmapSummary of(Roadmap roadmap) {
        return new RoadmapSummary(roadmap.id(), roadmap.version(), roadmap.title(), roadmap.summary(), roadmap.levels(),
                roadmap.duration(), roadmap.weekly(), roadmap.phases().size(), roadmap.topics().size(),
                roadmap.projects().size(), roadmap.checkpoints().size(), roadmap.totalHours());
    }
}
