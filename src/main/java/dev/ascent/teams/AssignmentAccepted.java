package dev.ascent.teams;

import java.util.UUID;

/** A member accepted an assigned roadmap: enrolled with its start and hours, or kept the enrolment they had ({@code kept}). */
public record AssignmentAccepted(UUID assignmentId, UUID teamId, UUID accountId, String roadmapId, UUID enrollmentId, boolean kept) {
}
