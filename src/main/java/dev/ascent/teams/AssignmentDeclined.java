package dev.ascent.teams;

import java.util.UUID;

/** A member declined an assigned roadmap. */
public record AssignmentDeclined(UUID assignmentId, UUID teamId, UUID accountId, String roadmapId) {
}
