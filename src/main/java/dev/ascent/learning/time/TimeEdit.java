package dev.ascent.learning.time;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A correction of one time entry, as typed or sent: its day, its topic (none: the roadmap in general),
 * its minutes, and the version of the entry that was read.
 */
public record TimeEdit(
        @NotNull(message = "Give the day, as YYYY-MM-DD.") @Nullable LocalDate day,
        @Nullable String topicId,
        @NotNull(message = TimeEntry.MINUTES_AS_NUMBER) @Min(value = 1, message = TimeEntry.MINUTES_RULE)
        @Max(value = TimeEntry.MAX_MINUTES_A_DAY, message = TimeEntry.MINUTES_RULE) @Nullable Integer minutes,
        @NotNull(message = TimeEntry.VERSION_MISSING) @Nullable Integer version) {

    /** The form filled with an entry, for correcting it. */
    public static TimeEdit of(LoggedTime entry) {
        return new TimeEdit(entry.day(), entry.topicId(), entry.minutes(), entry.version());
    }
}
