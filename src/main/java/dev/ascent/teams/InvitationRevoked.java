package dev.ascent.teams;

import java.util.UUID;

/** A lead revoked an open invitation; its link no longer works. */
public record InvitationRevoked(UUID teamId, UUID invitationId, UUID revokedBy) {
}
