package dev.ascent.teams;

import java.util.List;

/**
 * A member's check-ins in one team as the reader may see them: the history, newest first, and what a new one
 * could cover (the phases of the roadmaps the member follows) and who could assess it.
 */
public record MemberCheckIns(Team team, TeamRole myRole, Member member, boolean mine, List<CheckInSummary> history,
                             List<RoadmapPhases> phases, List<Member> assessors) {

    /** A roadmap the member follows, with its phases as {@code roadmap-id/phase-id} choices. */
    public record RoadmapPhases(String roadmapTitle, List<Choice> phases) {
    }

    public record Choice(String value, String title) {
    }

    public boolean anyOpen() {
        return history.stream().anyMatch(c -> c.state() != CheckIn.State.AGREED);
    }
}
