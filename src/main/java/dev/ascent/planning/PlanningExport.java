package dev.ascent.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The planning section of {@code ascent/export@1}: explicit fields, so renaming a column cannot change the file. */
public record PlanningExport(List<LocalDate> weeksOff, List<Schedule> studySchedules) {

    /** An enrolment's study days (MONDAY…SUNDAY) and session start time (HH:MM). */
    public record Schedule(UUID enrollmentId, List<String> days, String start) {
    }
}
