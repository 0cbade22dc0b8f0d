package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A reviewer's score for each line of a project's rubric, in order, on {@link ReviewThread#SCALE}. */
public record RubricScores(@Nullable List<@Nullable Integer> scores) {

    public List<@Nullable Integer> all() {
        return scores == null ? List.of() : scores;
    }
}
