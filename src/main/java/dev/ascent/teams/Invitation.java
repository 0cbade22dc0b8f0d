package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An invitation to a team, without its secret: the role it offers, to whom (optionally), and what became of it. */
public record Invitation(UUID id, UUID teamId, TeamRole role, @Nullable String email, UUID createdBy, Instant createdAt, Instant expiresAt,
                         @Nullable Instant usedAt, @Nullable Instant declinedAt, @Nullable Instant revokedAt) {

    /** How long a link works. */
    public static final java.time.Duration VALID_FOR = java.time.Duration.ofDays(7);

    public enum State {
        OPEN, USED, DECLINED, REVOKED, EXPIRED
    }

    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (declinedAt != null) {
            return State.DECLINED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
