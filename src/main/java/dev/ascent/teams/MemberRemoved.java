package dev.ascent.teams;

import java.util.UUID;

/** A lead removed someone from the team. */
public record MemberRemoved(UUID teamId, UUID accountId, UUID removedBy) {
}
