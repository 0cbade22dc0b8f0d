package dev.ascent.accounts;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An account as the rest of Ascent sees it: no password hash, ever. */
public record Account(UUID id, String email, String displayName, Role role, boolean enabled,
                      @Nullable Instant emailVerifiedAt, Instant createdAt) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
