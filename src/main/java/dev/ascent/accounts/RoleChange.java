package dev.ascent.accounts;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An administrator giving an account a role; an unknown role reads as none ({@link Role#of}). */
public record RoleChange(@NotNull(message = RoleChange.ROLE_MISSING) @Nullable Role role) {

    /** Also in messages.properties as {@code typeMismatch.role}. */
    public static final String ROLE_MISSING = "Choose ADMIN or LEARNER.";
}
