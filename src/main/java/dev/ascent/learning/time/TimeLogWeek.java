package dev.ascent.learning.time;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A week of the time log, newest entry first, with its total and the Mondays of the nearest weeks
 * before and after it that hold any time (null when there is none).
 */
public record TimeLogWeek(LocalDate monday, int totalMinutes, List<LoggedTime> entries,
                          @Nullable LocalDate previousWeek, @Nullable LocalDate nextWeek) {

    public TimeLogWeek {
        entries = List.copyOf(entries);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
