package dev.ascent.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Looking back at a decision, as typed: what actually happened, what the learner would decide now, and
 * optionally a day to look again. The annotations are the rules of its fields; {@link DecisionJournal}
 * adds the one that needs today.
 */
public record DecisionRevisit(
        @NotBlank(message = "Write what actually happened after the decision.")
        @Size(max = DecisionRecord.MAX_TEXT, message = TEXT_RULE) @Pattern(regexp = DecisionForm.NO_NUL, message = TEXT_RULE) @Nullable String actualOutcome,
        @NotBlank(message = "Write what you would decide now, even if it is the same.")
        @Size(max = DecisionRecord.MAX_TEXT, message = TEXT_RULE) @Pattern(regexp = DecisionForm.NO_NUL, message = TEXT_RULE) @Nullable String wouldDecideNow,
        @Nullable LocalDate nextRevisit) {

    static final String TEXT_RULE = "Keep it under 20,000 characters, without NUL characters.";

    /** The empty form a due record shows. */
    public static DecisionRevisit blank() {
        return new DecisionRevisit("", "", null);
    }
}
