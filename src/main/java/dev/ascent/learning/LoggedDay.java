package dev.ascent.learning;

import java.time.LocalDate;
import java.util.UUID;

/** The minutes one enrolment logged on one day. */
public record LoggedDay(UUID enrollmentId, LocalDate day, int minutes) {
}
