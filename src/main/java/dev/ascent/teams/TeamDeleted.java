package dev.ascent.teams;

import java.util.UUID;

/** The last person left the team (or was erased), so the team is gone. */
public record TeamDeleted(UUID teamId) {
}
