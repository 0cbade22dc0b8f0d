package dev.ascent.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A learner following a roadmap from a start date at a weekly number of hours. */
public record Enrollment(UUID id, UUID accountId, String roadmapId, LocalDate startDate, int weeklyHours, Status status,
                         Instant createdAt, int version) {

    public enum Status {
        ACTIVE("Active"), PAUSED("Paused"), LEFT("Left");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
