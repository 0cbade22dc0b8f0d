package dev.ascent.teams;

import dev.ascent.catalog.Level;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A check-in in a member's history: what it covered, with whom, where it stands and what was agreed. */
public record CheckInSummary(UUID id, String roadmapTitle, String phaseTitle, String assessorName, Instant openedAt,
                             CheckIn.State state, @Nullable Level agreedLevel, @Nullable Instant agreedAt,
                             int topics, int differences) {
}
