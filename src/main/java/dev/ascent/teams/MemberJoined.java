package dev.ascent.teams;

import java.util.UUID;

/** Someone accepted an invitation and is now in the team. */
public record MemberJoined(UUID teamId, UUID accountId, TeamRole role, UUID invitationId) {
}
