package dev.ascent.teams;

import java.util.UUID;

/** A lead renamed the team. */
public record TeamRenamed(UUID teamId, String name, UUID renamedBy) {
}
