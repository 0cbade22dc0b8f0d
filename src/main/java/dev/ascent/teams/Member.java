package dev.ascent.teams;

import java.time.Instant;
import java.util.UUID;

/** A person in a team: their role and since when. */
public record Member(UUID accountId, String displayName, TeamRole role, Instant joinedAt) {
}
