package dev.ascent.learning;

import java.time.Instant;
import java.time.LocalDate;

/** One re-planning of an enrolment: its hours a week and start date before and after. */
public record EnrollmentChange(Instant changedAt, int fromHours, int toHours, LocalDate fromStart, LocalDate toStart) {

    public boolean hoursChanged() {
        return fromHours != toHours;
    }

    public boolean startChanged() {
        return !fromStart.equals(toStart);
    }
}
