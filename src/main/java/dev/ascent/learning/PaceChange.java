package dev.ascent.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A change to an enrolment as typed or sent: any of status, hours a week and start date (null:
 * unchanged), and the version read, so no change made elsewhere meanwhile is lost. The rules that need
 * today and the enrolment as stored are {@link Replanning#change}'s.
 */
public record PaceChange(
        Enrollment.@Nullable Status status,
        @Min(value = 1, message = Learning.WEEKLY_HOURS_RULE) @Max(value = Learning.MAX_WEEKLY_HOURS, message = Learning.WEEKLY_HOURS_RULE)
        @Nullable Integer weeklyHours,
        @Nullable LocalDate startDate,
        @Nullable Integer version) {

    /** The pace form as it stands for an enrolment: its hours, start date and version. */
    public static PaceChange of(Enrollment enrollment) {
        return new PaceChange(null, enrollment.weeklyHours(), enrollment.startDate(), enrollment.version());
    }

    boolean changesPace() {
        return weeklyHours != null || startDate != null;
    }

    boolean changesNothing() {
        return status == null && !changesPace();
    }
}
