package dev.ascent.teams;

import dev.ascent.catalog.Level;

import java.util.UUID;

/** A member and their assessor agreed a level in a check-in. */
public record CheckInAgreed(UUID teamId, UUID checkInId, UUID memberId, UUID assessorId, Level level) {
}
