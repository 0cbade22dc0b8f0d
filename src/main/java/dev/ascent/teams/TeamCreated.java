package dev.ascent.teams;

import java.util.UUID;

/** A team was created; its creator is its first lead. */
public record TeamCreated(UUID teamId, UUID createdBy) {
}
