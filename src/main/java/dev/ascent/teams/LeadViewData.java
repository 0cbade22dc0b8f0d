package dev.ascent.teams;

import dev.ascent.teams.internal.AssignmentStore;
import dev.ascent.teams.internal.DepartureStore;
import dev.ascent.teams.internal.PrivacyStore;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The lead's-view part of the teams section: the person's privacy per team and the roadmaps assigned to them go
 * into the export; erasure deletes them, clears the person as the author of assignments they made (those stay
 * with the team) and deletes the record of their departures. An import restores none of it (see {@link TeamsData}).
 */
@Component
class LeadViewData {

    private final PrivacyStore privacy;
    private final AssignmentStore assignments;
    private final DepartureStore departures;
    private final TeamStore teams;

    LeadViewData(PrivacyStore privacy, AssignmentStore assignments, DepartureStore departures, TeamStore teams) {
        this.privacy = privacy;
        this.assignments = assignments;
        this.departures = departures;
        this.teams = teams;
    }

    List<TeamsExport.PrivacyRecord> privacy(UUID accountId) {
        return teams.membershipsOf(accountId).stream().map(m -> privacy.of(m.teamId(), accountId))
                .map(p -> new TeamsExport.PrivacyRecord(p.teamId(), p.shareProgress(), p.sharePlan(), p.shareCheckpoints())).toList();
    }

    List<TeamsExport.AssignmentRecord> assignments(UUID accountId) {
        return assignments.ofMember(accountId, null).stream().map(a -> new TeamsExport.AssignmentRecord(a.id(), a.teamId(), a.roadmapId(),
                a.startDate(), a.weeklyHours(), a.assignedAt(), a.state(), a.answeredAt())).toList();
    }

    void forget(UUID accountId) {
        assignments.forget(accountId);
    }

    /** After the account left its teams: the departures that leaving just wrote go as well. */
    void forgetDepartures(UUID accountId) {
        departures.forget(accountId);
    }

    boolean holdsData(UUID accountId) {
        return assignments.any(accountId) || departures.count(accountId) > 0;
    }
}
