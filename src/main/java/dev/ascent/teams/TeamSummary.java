package dev.ascent.teams;

import java.time.Instant;
import java.util.UUID;

/** One of my teams, as the list of my teams shows it: my role in it and how many people it has. */
public record TeamSummary(UUID id, String name, TeamRole myRole, int memberCount, Instant joinedAt) {
}
