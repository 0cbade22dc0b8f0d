package dev.ascent.practice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of an attempt, in plain Java: which fields belong to which step, what a step needs
 * before the learner may move on, and what the next step starts with.
 */
public final class AttemptFlow {

    public static final int MAX_TEXT = 10_000;
    static final int MIN_WORDS = 3;

    private AttemptFlow() {
    }

    /** The attempt with the current step's fields taken from the form; fields of other steps are ignored. */
    public static Attempt withDraft(Attempt a, AttemptForm f) {
        return switch (a.step()) {
            case FRAME -> copy(a, text(f.framing(), a.framing()), text(f.questions(), a.questions()), a.optionId(), a.ownOption(),
                    a.recordContext(), a.recordOptions(), a.recordDecision(), a.recordConsequences(), a.ratings(), a.reflection());
            case CHOOSE -> copy(a, a.framing(), a.questions(), f.optionId() == null ? a.optionId() : blankToNull(f.optionId()),
                    text(f.ownOption(), a.ownOption()), a.recordContext(), a.recordOptions(), a.recordDecision(), a.recordConsequences(),
                    a.ratings(), a.reflection());
            case RECORD -> copy(a, a.framing(), a.questions(), a.optionId(), a.ownOption(), text(f.recordContext(), a.recordContext()),
                    text(f.recordOptions(), a.recordOptions()), text(f.recordDecision(), a.recordDecision()),
                    text(f.recordConsequences(), a.recordConsequences()), a.ratings(), a.reflection());
            case RATE -> copy(a, a.framing(), a.questions(), a.optionId(), a.ownOption(), a.recordContext(), a.recordOptions(),
                    a.recordDecision(), a.recordConsequences(), ratings(f, a), text(f.reflection(), a.reflection()));
            case DONE -> a;
        };
    }

    /**
     * What stops the form from being stored at all, even as a draft, beyond its annotations: field → message.
     * These rules are the scenario's: the option must be one of its own, a rating must be on a line of its rubric and on the scale.
     */
    public static Map<String, String> draftProblems(Attempt a, Scenario scenario, AttemptForm f) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.done()) {
            errors.put("step", "This attempt is finished; start a new attempt to answer again.");
            return errors;
        }
        if (a.step() == Attempt.Step.CHOOSE && f.optionId() != null && !f.optionId().isBlank()
                && !Attempt.OWN.equals(f.optionId()) && scenario.option(f.optionId()).isEmpty()) {
            errors.put("optionId", "Choose one of the options, or write your own.");
        }
        if (a.step() == Attempt.Step.RATE) {
            f.ratings().forEach((criterion, value) -> {
                if (scenario.rubric().stream().noneMatch(c -> c.id().equals(criterion))) {
                    errors.put("ratings", "'%s' is not a line of this scenario's rubric.".formatted(criterion));
                } else if (value < 1 || value > 4) {
                    errors.put("ratings." + criterion, "Rate from 1 (not yet) to 4 (fully).");
                }
            });
        }
        return errors;
    }

    /** What the current step still needs before moving on: field → message. */
    public static Map<String, String> stepProblems(Attempt a, Scenario scenario) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (a.step()) {
            case FRAME -> {
                require(errors, "framing", a.framing(), "Say in a sentence or two how you see the problem before choosing anything.");
                require(errors, "questions", a.questions(), "Write the questions you would ask first, even if you would have to guess the answers.");
            }
            case CHOOSE -> {
                if (a.optionId() == null) {
                    errors.put("optionId", "Choose one of the options, or write your own.");
                } else if (a.ownOptionChosen()) {
                    require(errors, "ownOption", a.ownOption(), "Describe the option you would take instead.");
                } else if (scenario.option(a.optionId()).isEmpty()) {
                    errors.put("optionId", "Choose one of the options, or write your own.");
                }
            }
            case RECORD -> {
                require(errors, "recordContext", a.recordContext(), "Write the context: what forces this decision now.");
                require(errors, "recordOptions", a.recordOptions(), "List the options you considered.");
                require(errors, "recordDecision", a.recordDecision(), "State the decision and why.");
                if (a.recordDecision().strip().endsWith("Because")) {
                    // the record starts as "<the option>. Because " for the learner to finish: an unfinished one has no why
                    errors.put("recordDecision", "Say why after “Because”: the reason is what the record is for.");
                }
                require(errors, "recordConsequences", a.recordConsequences(), "Say what you expect to follow, good and bad.");
            }
            case RATE -> scenario.rubric().forEach(criterion -> {
                if (!a.ratings().containsKey(criterion.id())) {
                    errors.put("ratings." + criterion.id(), "Rate yourself on “%s”.".formatted(criterion.title()));
                }
            });
            case DONE -> errors.put("step", "This attempt is finished; start a new attempt to answer again.");
        }
        return errors;
    }

    /**
     * The practice time an attempt credits: from its start to its finish, rounded to the nearest
     * minute (truncating made a 1 min 50 s run, and any split of it over topics, one minute), at least
     * one and at most twice the scenario's stated minutes, so an attempt left open over a weekend
     * does not log days of practice.
     */
    public static int creditedMinutes(Instant started, Instant finished, int expectedMinutes) {
        long seconds = Math.max(0, java.time.Duration.between(started, finished).toSeconds());
        long minutes = (seconds + 30) / 60;
        return (int) Math.max(1, Math.min(2L * Math.max(1, expectedMinutes), minutes));
    }

    /** The next step; moving to the decision record starts it from the options and the choice already made. */
    public static Attempt advance(Attempt a, Scenario scenario, Instant now) {
        return switch (a.step()) {
            case FRAME -> a.atStep(Attempt.Step.CHOOSE, null);
            case CHOOSE -> {
                Attempt next = a.atStep(Attempt.Step.RECORD, null);
                String considered = scenario.options().stream().map(o -> "- " + o.title()).collect(Collectors.joining("\n"))
                        + (a.ownOptionChosen() ? "\n- My own: " + firstLine(a.ownOption()) : "");
                String decision = a.ownOptionChosen() ? a.ownOption()
                        : scenario.option(a.optionId()).map(o -> o.title() + ".\n\nBecause ").orElse("");
                yield copy(next, next.framing(), next.questions(), next.optionId(), next.ownOption(),
                        next.recordContext().isBlank() ? a.framing() : next.recordContext(),
                        next.recordOptions().isBlank() ? considered : next.recordOptions(),
                        next.recordDecision().isBlank() ? decision : next.recordDecision(),
                        next.recordConsequences(), next.ratings(), next.reflection());
            }
            case RECORD -> a.atStep(Attempt.Step.RATE, null);
            case RATE -> a.atStep(Attempt.Step.DONE, now);
            case DONE -> a;
        };
    }

    private static void require(Map<String, String> errors, String field, String value, String message) {
        if (value.strip().split("\\s+").length < MIN_WORDS) {
            errors.put(field, message + (value.isBlank() ? "" : " A few words at least."));
        }
    }

    private static Map<String, Integer> ratings(AttemptForm f, Attempt a) {
        Map<String, Integer> ratings = new HashMap<>(a.ratings());
        f.ratings().forEach((criterion, value) -> {
            if (value >= 1 && value <= 4) {
                ratings.put(criterion, value);
            }
        });
        return ratings;
    }

    private static String text(@Nullable String typed, String current) {
        return typed == null ? current : typed.replace("\r\n", "\n");
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static Attempt copy(Attempt a, String framing, String questions, @Nullable String optionId, String ownOption,
                                String context, String options, String decision, String consequences,
                                Map<String, Integer> ratings, String reflection) {
        return new Attempt(a.id(), a.scenarioId(), a.scenarioVersion(), a.number(), a.step(), framing, questions, optionId, ownOption,
                context, options, decision, consequences, ratings, reflection, a.startedAt(), a.completedAt(), a.updatedAt(), a.version());
    }
}
