package dev.ascent.learning.time;

import dev.ascent.catalog.TopicKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Time to log, as typed or sent: on a topic of the roadmap (none: the roadmap in general), on a day
 * (today when left out), minutes, and the kind of work (the topic's when left out). The rules that
 * need today, the roadmap and the day's other entries are {@link TimeLog#log}'s.
 */
public record TimeForm(
        @Nullable String topicId,
        @Nullable LocalDate day,
        @NotNull(message = TimeEntry.MINUTES_AS_NUMBER) @Min(value = 1, message = TimeEntry.MINUTES_RULE)
        @Max(value = TimeEntry.MAX_MINUTES_A_DAY, message = TimeEntry.MINUTES_RULE) @Nullable Integer minutes,
        @Nullable TopicKind kind) {

    /** An empty form for today. */
    public static TimeForm blank(LocalDate today) {
        return new TimeForm(null, today, null, null);
    }
}
