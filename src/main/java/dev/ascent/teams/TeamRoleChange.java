package dev.ascent.teams;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A member's new role, as a lead chooses it. */
public record TeamRoleChange(@NotNull(message = "Choose lead, mentor or member.") @Nullable TeamRole role) {
}
