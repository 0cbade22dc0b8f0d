package dev.ascent.teams;

import java.util.UUID;

/** What an invitation link offers, as the person opening it sees it: which team, who invites, which role, and whether it still works. */
public record InvitationPreview(Invitation invitation, Invitation.State state, UUID teamId, String teamName, String invitedBy,
                                boolean alreadyMember) {
}
