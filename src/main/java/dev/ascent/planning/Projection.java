package dev.ascent.planning;

import dev.ascent.learning.CheckpointState;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan for one enrolment with everything a learner reads from it: when the path ends and
 * whether that fits the roadmap's duration (with fixes in numbers), projected dates of phases and
 * checkpoints, this week's agenda, and how far ahead or behind the learner is.
 */
public record Projection(int weeklyHours, Plan plan, LocalDate end, int endMonth, @Nullable Integer maxMonths, boolean feasible,
                         List<String> advice, List<PhaseDate> phases, List<CheckpointDate> checkpoints, List<Plan.Slot> thisWeek,
                         int weeksAhead, int remainingHours) {

    public Projection {
        advice = List.copyOf(advice);
        phases = List.copyOf(phases);
        checkpoints = List.copyOf(checkpoints);
        thisWeek = List.copyOf(thisWeek);
    }

    public record PhaseDate(String id, String title, @Nullable LocalDate start, @Nullable LocalDate finish,
                            @Nullable LocalDate target) {
        public boolean late() {
            return finish != null && target != null && finish.isAfter(target);
        }
    }

    /**
     * A checkpoint as the dashboard judges it today ({@code state}, the one evaluation shown everywhere) with the date
     * this plan projects it is met on: when met, the day it was; otherwise null when the plan never meets it.
     */
    public record CheckpointDate(String id, String title, LocalDate due, @Nullable LocalDate projected, CheckpointState state) {

        public CheckpointState.Status status() {
            return state.status();
        }

        /** At risk or missed today: the timeline draws these hollow. */
        public boolean atRisk() {
            return status() == CheckpointState.Status.AT_RISK || status() == CheckpointState.Status.MISSED;
        }

        /** Not met yet, and this plan meets it after its date or never. */
        public boolean projectedLate() {
            return status() != CheckpointState.Status.MET && (projected == null || projected.isAfter(due));
        }
    }

    /** "3 weeks ahead", "on schedule", "2 weeks behind". */
    public String pace() {
        return weeksAhead == 0 ? "on schedule"
                : Math.abs(weeksAhead) + (Math.abs(weeksAhead) == 1 ? " week " : " weeks ") + (weeksAhead > 0 ? "ahead" : "behind");
    }
}
