package dev.ascent.planning;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The planning section of {@code ascent/export@1}: explicit fields, so renaming a column cannot change the file.
 * Weeks off and study schedules belong to enrolments, whose ids change on import, so each also names its roadmap
 * (an enrolment's roadmap is unique per account): {@code weeksOffByRoadmap} and a schedule's {@code roadmapId} were
 * added to the format later, and a file without them still reads (its bare {@code weeksOff} and unnamed schedules
 * are then not restored).
 */
public record PlanningExport(List<LocalDate> weeksOff, List<Schedule> studySchedules, @Nullable List<RoadmapWeeksOff> weeksOffByRoadmap) {

    /** An enrolment's study days (MONDAY…SUNDAY) and session start time (HH:MM). */
    public record Schedule(@Nullable UUID enrollmentId, @Nullable List<String> days, @Nullable String start, @Nullable String roadmapId) {
    }

    /** The Mondays of the weeks off of the enrolment that follows this roadmap. */
    public record RoadmapWeeksOff(@Nullable String roadmapId, @Nullable List<String> weeks) {
    }
}
