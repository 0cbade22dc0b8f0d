package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Someone's role changed: by a lead, or (changedBy null) because the only lead's account was erased. */
public record MemberRoleChanged(UUID teamId, UUID accountId, TeamRole from, TeamRole to, @Nullable UUID changedBy) {
}
