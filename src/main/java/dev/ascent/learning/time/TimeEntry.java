package dev.ascent.learning.time;

import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Minutes spent on a day, on a topic or on the roadmap in general, of one kind of work. An entry
 * with a scenario was credited automatically by finishing an attempt at that scenario; one without
 * was typed by the learner.
 */
public record TimeEntry(long id, @Nullable String topicId, LocalDate day, int minutes, TopicKind kind,
                        @Nullable String scenarioId, @Nullable String scenarioTitle, int version) {

    public static final int MAX_MINUTES_A_DAY = 1440;
    public static final String FUTURE_DAY = "Time can only be logged for today or earlier.";
    public static final String MINUTES_RULE = "Log between 1 and 1,440 minutes.";
    public static final String MINUTES_AS_NUMBER = "Give the minutes as a whole number, e.g. 45.";
    static final String VERSION_MISSING = "Send the version of the entry you last read.";

    /** The rule for one entry's minutes, shared by logging, correcting and importing; null when it may be stored. */
    public static @Nullable String minutesProblem(int minutes) {
        return minutes < 1 || minutes > MAX_MINUTES_A_DAY ? MINUTES_RULE : null;
    }

    public boolean automatic() {
        return scenarioId != null;
    }
}
