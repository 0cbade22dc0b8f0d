package dev.ascent.practice;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a learner typed into an attempt's current step; every field may be missing (a missing one keeps
 * what is stored). The texts' rules are annotations. The self-ratings are a map from rubric line to 1–4
 * because the lines are the scenario's own: which keys may come, and that each is on the scale, are
 * checked against the scenario by {@link AttemptFlow#draftProblems}, under "ratings.&lt;line&gt;" as
 * pages and API clients have always read them. A page sends them as {@code ratings[line]=3}.
 */
public record AttemptForm(
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String framing,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String questions,
        @Nullable String optionId,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String ownOption,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String recordContext,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String recordOptions,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String recordDecision,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String recordConsequences,
        @Nullable Map<String, Integer> ratings,
        @Size(max = AttemptFlow.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String reflection) {

    static final String TOO_LONG = "This is longer than 10,000 characters; keep it under 10,000.";
    static final String NO_NUL = "[^\\x00]*";
    static final String HAS_NUL = "This contains a NUL character, which cannot be stored; remove it.";

    public AttemptForm {
        // a line left unrated (an empty choice, a JSON null) is simply not sent
        Map<String, Integer> given = new LinkedHashMap<>();
        if (ratings != null) {
            ratings.forEach((line, value) -> {
                if (line != null && value != null) {
                    given.put(line, value);
                }
            });
        }
        ratings = java.util.Collections.unmodifiableMap(given);
    }

    @Override
    public Map<String, Integer> ratings() {
        return ratings == null ? Map.of() : ratings;
    }

    /** The form filled with an attempt's answers, for showing its current step. */
    public static AttemptForm of(Attempt a) {
        return new AttemptForm(a.framing(), a.questions(), a.optionId(), a.ownOption(), a.recordContext(), a.recordOptions(),
                a.recordDecision(), a.recordConsequences(), a.ratings(), a.reflection());
    }
}
