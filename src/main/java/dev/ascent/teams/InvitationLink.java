package dev.ascent.teams;

/**
 * A new invitation and its link, which exists only in this answer: Ascent keeps the SHA-256 of its secret,
 * so the lead copies it now or makes another. {@code mailed} when it also goes to the address given.
 */
public record InvitationLink(Invitation invitation, String teamName, String path, boolean mailed) {
}
