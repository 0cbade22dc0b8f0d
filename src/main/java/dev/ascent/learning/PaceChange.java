package dev.ascent.learning;

import org.jspecify.annotations.Nullable;

/**
 * A change to an enrolment as typed or sent: any of status, hours a week and start date (blank or
 * null: unchanged), and the version read, so no change made elsewhere meanwhile is lost.
 */
public record PaceChange(@Nullable String status, @Nullable String weeklyHours, @Nullable String startDate, @Nullable Integer version) {

    boolean changesPace() {
        return given(weeklyHours) || given(startDate);
    }

    boolean changesNothing() {
        return !given(status) && !changesPace();
    }

    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
