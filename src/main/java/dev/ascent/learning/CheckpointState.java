package dev.ascent.learning;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A checkpoint as it stands for one learner, with the reason in words. */
public record CheckpointState(String checkpointId, String title, int month, LocalDate due, Status status,
                              int done, int required, int expected, String reason, @Nullable LocalDate metOn) {

    public enum Status {
        UPCOMING("Upcoming"), ON_TRACK("On track"), AT_RISK("At risk"), MET("Met"), MISSED("Missed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
