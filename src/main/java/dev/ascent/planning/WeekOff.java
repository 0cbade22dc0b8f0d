package dev.ascent.planning;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A week the learner will not study, named by any day in it. */
public record WeekOff(@NotNull(message = WeekOff.RULE) @Nullable LocalDate day) {

    /** Also the words for a day that cannot be read (messages.properties, typeMismatch.weekOff.day). */
    static final String RULE = "Choose a day of the week you will not study, as YYYY-MM-DD in the years 1900\u20132200.";
}
