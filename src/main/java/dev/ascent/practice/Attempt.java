package dev.ascent.practice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One attempt at a scenario, as far as the learner has got. Each step's answers can be changed
 * only while it is the current step, so nothing can be rewritten after the consequence is shown.
 */
public record Attempt(UUID id, String scenarioId, int scenarioVersion, int number, Step step,
                      String framing, String questions, @Nullable String optionId, String ownOption,
                      String recordContext, String recordOptions, String recordDecision, String recordConsequences,
                      Map<String, Integer> ratings, String reflection,
                      Instant startedAt, @Nullable Instant completedAt, Instant updatedAt, int version) {

    /** The value of {@link #optionId()} when the learner wrote their own option. */
    public static final String OWN = "own";

    public Attempt {
        ratings = Map.copyOf(ratings);
    }

    public enum Step {
        FRAME("Frame the problem"), CHOOSE("Choose"), RECORD("Record the decision"), RATE("What happened"), DONE("Done");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** 1 to 4 for the steps a learner works through. */
        public int number() {
            return ordinal() + 1;
        }

        public boolean reached(Step other) {
            return compareTo(other) >= 0;
        }

        public static List<Step> working() {
            return List.of(FRAME, CHOOSE, RECORD, RATE);
        }
    }

    /** One step of the self-rating scale. */
    public record Rating(int value, String label) {
    }

    /** The self-rating scale for each rubric line. */
    public static final List<Rating> SCALE = List.of(new Rating(1, "Not yet"), new Rating(2, "Partly"), new Rating(3, "Mostly"), new Rating(4, "Fully"));

    /** "Mostly" for 3; empty for a value off the scale. */
    public static String ratingLabel(@Nullable Integer value) {
        return SCALE.stream().filter(r -> value != null && r.value() == value).map(Rating::label).findFirst().orElse("");
    }

    /** The label of this attempt's rating on a rubric line, empty when not rated. */
    public String ratingOf(String criterionId) {
        return ratingLabel(ratings.get(criterionId));
    }

    /** The same answers at another step; {@code completedAt} is when it was finished, or null. */
    public Attempt atStep(Step step, @Nullable Instant completedAt) {
        return new Attempt(id, scenarioId, scenarioVersion, number, step, framing, questions, optionId, ownOption, recordContext,
                recordOptions, recordDecision, recordConsequences, ratings, reflection, startedAt, completedAt, updatedAt, version);
    }

    public boolean done() {
        return step == Step.DONE;
    }

    public boolean ownOptionChosen() {
        return OWN.equals(optionId);
    }

    /** The average self-rating, 0 when not rated. */
    public double averageRating() {
        return ratings.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
