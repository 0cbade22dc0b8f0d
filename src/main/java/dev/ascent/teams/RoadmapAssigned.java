package dev.ascent.teams;

import java.util.UUID;

/** A lead assigned a roadmap to a member of their team. */
public record RoadmapAssigned(UUID assignmentId, UUID teamId, UUID accountId, String roadmapId, UUID by) {
}
