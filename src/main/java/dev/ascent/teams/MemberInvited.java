package dev.ascent.teams;

import java.util.UUID;

/** A lead made an invitation link (and, with an address, asked for it to be mailed). */
public record MemberInvited(UUID teamId, UUID invitationId, TeamRole role, UUID invitedBy) {
}
