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

    /** The rule for one entry's minutes, shared by logging and importing; null when it may be stored. */
    public static @Nullable String minutesProblem(int minutes) {
        return minutes < 1 || minutes > MAX_MINUTES_A_DAY ? "Log between 1 and 1,440 minutes." : null;
    }

    /** Typed minutes as a number, or 0 with the problem recorded under "minutes" (logging and correcting share it). */
    static int parseMinutes(@Nullable String minutes, java.util.Map<String, String> errors) {
        try {
            int amount = Integer.parseInt(String.valueOf(minutes).strip());
            String problem = minutesProblem(amount);
            if (problem != null) {
                errors.put("minutes", problem);
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.put("minutes", "Give the minutes as a whole number, e.g. 45.");
            return 0;
        }
    }

    public boolean automatic() {
        return scenarioId != null;
    }
}
