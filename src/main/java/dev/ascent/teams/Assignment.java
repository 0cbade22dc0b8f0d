package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A roadmap a lead assigned to a member, with a suggested start and weekly hours, and how the member answered. */
public record Assignment(UUID id, UUID teamId, String teamName, UUID accountId, String memberName, String roadmapId, String roadmapTitle,
                         LocalDate startDate, int weeklyHours, Instant assignedAt, State state, @Nullable Instant answeredAt, int version) {

    public enum State {
        OPEN("Waiting for an answer"), ENROLLED("Accepted and enrolled"), KEPT("Accepted, kept their enrolment"), DECLINED("Declined");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
