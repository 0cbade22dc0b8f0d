package dev.ascent.accounts;

import java.util.UUID;

/**
 * The signed-in account as pages and APIs receive it: declare a {@code CurrentAccount} parameter
 * on a handler method. Anonymous requests never reach such handlers (they need a sign-in).
 */
public record CurrentAccount(UUID id, String email, String displayName, Role role) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
