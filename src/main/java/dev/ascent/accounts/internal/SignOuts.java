package dev.ascent.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every instance (they live in PostgreSQL): after a password change or
 * reset, a role change, disabling, or erasure, so no old session keeps what the account no longer has.
 */
@Component
class SignOuts {

    private final FindByIndexNameSessionRepository<?> sessions;

    SignOuts(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Every session of the account with this email, except {@code keepSessionId} (the one making the change). */
    void endSessions(String email, @Nullable String keepSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(sessionId -> !sessionId.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
