package dev.ascent.practice;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/** What a learner typed into an attempt's current step; every field may be missing. */
public record AttemptForm(@Nullable String framing, @Nullable String questions, @Nullable String optionId, @Nullable String ownOption,
                          @Nullable String recordContext, @Nullable String recordOptions, @Nullable String recordDecision,
                          @Nullable String recordConsequences, Map<String, String> ratings, @Nullable String reflection) {

    public AttemptForm {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
