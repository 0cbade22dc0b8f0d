package dev.ascent.teams.internal;

import dev.ascent.catalog.RoadmapAudiences;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * The catalog's audiences are teams: a team's roadmap is readable by the people in that team (lead, mentors and
 * members alike), and by nobody once they leave. One indexed read ({@code memberships_by_account}) per check.
 */
@Component
class TeamAudiences implements RoadmapAudiences {

    private final TeamRoadmapStore store;

    TeamAudiences(TeamRoadmapStore store) {
        this.store = store;
    }

    @Override
    public Set<UUID> audiencesOf(UUID accountId) {
        return Set.copyOf(store.teamIdsOf(accountId));
    }
}
