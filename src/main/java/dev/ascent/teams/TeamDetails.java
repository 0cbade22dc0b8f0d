package dev.ascent.teams;

import java.util.List;
import java.util.UUID;

/** A team as one of its members sees it: the team, the reader's own role, and everyone in it, leads first. */
public record TeamDetails(Team team, TeamRole myRole, List<Member> members) {

    public boolean lead() {
        return myRole == TeamRole.LEAD;
    }

    public long leads() {
        return members.stream().filter(m -> m.role() == TeamRole.LEAD).count();
    }

    public boolean isMe(UUID accountId, UUID me) {
        return accountId.equals(me);
    }
}
