package dev.ascent.teams;

import java.util.UUID;

/** Someone left the team of their own accord. */
public record MemberLeft(UUID teamId, UUID accountId) {
}
