package dev.ascent.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Following a roadmap, as typed or sent: the day to count from (today when left out) and the hours a
 * week (the roadmap's suggestion when left out). The start date's rule needs today: {@link Learning#enroll}.
 */
public record EnrollmentForm(
        @Nullable LocalDate startDate,
        @Min(value = 1, message = Learning.WEEKLY_HOURS_RULE) @Max(value = Learning.MAX_WEEKLY_HOURS, message = Learning.WEEKLY_HOURS_RULE)
        @Nullable Integer weeklyHours) {
}
