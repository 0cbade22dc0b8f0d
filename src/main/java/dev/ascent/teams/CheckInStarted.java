package dev.ascent.teams;

import java.util.UUID;

/** A check-in was opened for a member of a team, assessed by a mentor or lead of it, by one of the two ({@code startedBy}). */
public record CheckInStarted(UUID teamId, UUID checkInId, UUID memberId, UUID assessorId, UUID startedBy) {
}
