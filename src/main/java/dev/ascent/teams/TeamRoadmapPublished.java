package dev.ascent.teams;

import dev.ascent.catalog.RoadmapRelease;

/** A version published for a team: the roadmap as it now is, and what the version added, removed and changed by id. */
public record TeamRoadmapPublished(TeamRoadmap roadmap, RoadmapRelease release, String message) {
}
