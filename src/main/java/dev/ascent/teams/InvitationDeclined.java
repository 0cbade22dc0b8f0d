package dev.ascent.teams;

import java.util.UUID;

/** The person who opened an invitation declined it. */
public record InvitationDeclined(UUID teamId, UUID invitationId, UUID declinedBy) {
}
