package dev.ascent.practice;

import dev.ascent.practice.format.ScenarioValidator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an attempt, without a database: which step takes which fields, what each step needs, what the next one starts with. */
class AttemptFlowTests {

    static final Scenario SCENARIO = ScenarioValidator.validate("s.yaml", ScenarioFixtures.VALID, null).scenario();
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static Attempt fresh() {
        return new Attempt(UUID.randomUUID(), SCENARIO.id(), SCENARIO.version(), 1, Attempt.Step.FRAME, "", "", null, "", "", "", "", "",
                Map.of(), "", NOW, null, NOW, 0);
    }

    static AttemptForm form(String framing, String questions) {
        return new AttemptForm(framing, questions, null, null, null, null, null, null, Map.of(), null);
    }

    @Test
    void aDraftChangesOnlyTheFieldsOfTheCurrentStep() {
        Attempt a = AttemptFlow.withDraft(fresh(), new AttemptForm("my framing", "my questions", "find-the-job", "own words",
                "context", "options", "decision", "consequences", Map.of("risk", 4), "reflection"));

        assertThat(a.framing()).isEqualTo("my framing");
        assertThat(a.questions()).isEqualTo("my questions");
        assertThat(a.optionId()).as("choosing is a later step").isNull();
        assertThat(a.recordDecision()).isEmpty();
        assertThat(a.ratings()).isEmpty();
    }

    @Test
    void aMissingFieldKeepsWhatWasStoredAndLineEndingsAreUnified() {
        Attempt first = AttemptFlow.withDraft(fresh(), form("line one\r\nline two", "q"));
        Attempt second = AttemptFlow.withDraft(first, form(null, "new questions"));

        assertThat(second.framing()).isEqualTo("line one\nline two");
        assertThat(second.questions()).isEqualTo("new questions");
    }

    @Test
    void framingNeedsAFewWordsForBothTheProblemAndTheQuestions() {
        Attempt a = AttemptFlow.withDraft(fresh(), form("slow", ""));

        assertThat(AttemptFlow.stepProblems(a, SCENARIO)).containsOnlyKeys("framing", "questions");
        assertThat(AttemptFlow.stepProblems(a, SCENARIO).get("framing")).endsWith("A few words at least.");
        Attempt ready = AttemptFlow.withDraft(fresh(), form("Friday evenings are slow for a reason", "What runs at six?"));
        assertThat(AttemptFlow.stepProblems(ready, SCENARIO)).isEmpty();
    }

    @Test
    void choosingNeedsAnOptionOfTheScenarioOrOwnWords() {
        Attempt choosing = AttemptFlow.advance(AttemptFlow.withDraft(fresh(), form("Friday evenings are slow", "What runs at six?")), SCENARIO, NOW);
        assertThat(choosing.step()).isEqualTo(Attempt.Step.CHOOSE);

        assertThat(AttemptFlow.stepProblems(choosing, SCENARIO)).containsKey("optionId");
        assertThat(AttemptFlow.draftProblems(choosing, SCENARIO, choice("made-up", null))).containsKey("optionId");
        Attempt own = AttemptFlow.withDraft(choosing, choice("own", ""));
        assertThat(AttemptFlow.stepProblems(own, SCENARIO)).containsOnlyKeys("ownOption");
        assertThat(AttemptFlow.stepProblems(AttemptFlow.withDraft(choosing, choice("find-the-job", null)), SCENARIO)).isEmpty();
    }

    @Test
    void theDecisionRecordStartsFromTheFramingTheOptionsAndTheChoice() {
        Attempt choosing = AttemptFlow.advance(AttemptFlow.withDraft(fresh(), form("Friday evenings are slow", "What runs at six?")), SCENARIO, NOW);
        Attempt recording = AttemptFlow.advance(AttemptFlow.withDraft(choosing, choice("find-the-job", null)), SCENARIO, NOW);

        assertThat(recording.step()).isEqualTo(Attempt.Step.RECORD);
        assertThat(recording.recordContext()).isEqualTo("Friday evenings are slow");
        assertThat(recording.recordOptions()).isEqualTo("- Add servers for Friday evenings\n- Find what runs at 18:00");
        assertThat(recording.recordDecision()).startsWith("Find what runs at 18:00.");
        assertThat(AttemptFlow.stepProblems(recording, SCENARIO)).as("the why and the consequences are the learner's to write")
                .containsOnlyKeys("recordDecision", "recordConsequences");
    }

    @Test
    void aDecisionLeftAtItsStartingBecauseHasNoReasonAndCannotGoOn() {
        Attempt choosing = AttemptFlow.advance(AttemptFlow.withDraft(fresh(), form("Friday evenings are slow", "What runs at six?")), SCENARIO, NOW);
        Attempt recording = AttemptFlow.advance(AttemptFlow.withDraft(choosing, choice("find-the-job", null)), SCENARIO, NOW);
        Attempt withConsequences = AttemptFlow.withDraft(recording, new AttemptForm(null, null, null, null, null, null, null, "We learn what runs.", Map.of(), null));

        assertThat(withConsequences.recordDecision()).endsWith("Because ");
        assertThat(AttemptFlow.stepProblems(withConsequences, SCENARIO))
                .containsEntry("recordDecision", "Say why after “Because”: the reason is what the record is for.");
        Attempt reasoned = AttemptFlow.withDraft(withConsequences, new AttemptForm(null, null, null, null, null, null,
                withConsequences.recordDecision() + "the spike is one job, not load.", null, Map.of(), null));
        assertThat(AttemptFlow.stepProblems(reasoned, SCENARIO)).isEmpty();
    }

    @Test
    void ratingsMustCoverTheRubricOnTheScaleAndFinishingSetsTheTime() {
        Attempt rating = new Attempt(UUID.randomUUID(), SCENARIO.id(), 2, 1, Attempt.Step.RATE, "f", "q", "find-the-job", "", "c", "o", "d", "e",
                Map.of(), "", NOW, null, NOW, 3);

        assertThat(AttemptFlow.draftProblems(rating, SCENARIO, ratings(Map.of("risk", 7)))).containsKey("ratings.risk");
        assertThat(AttemptFlow.draftProblems(rating, SCENARIO, ratings(Map.of("charisma", 3)))).containsKey("ratings");
        Attempt partly = AttemptFlow.withDraft(rating, ratings(Map.of("risk", 3)));
        assertThat(AttemptFlow.stepProblems(partly, SCENARIO)).containsOnlyKeys("ratings.problem-framing", "ratings.communication");
        Attempt rated = AttemptFlow.withDraft(partly, ratings(Map.of("problem-framing", 2, "communication", 4)));
        Attempt done = AttemptFlow.advance(rated, SCENARIO, NOW);
        assertThat(done.done()).isTrue();
        assertThat(done.completedAt()).isEqualTo(NOW);
        assertThat(done.averageRating()).isEqualTo(3.0);
        assertThat(done.ratingOf("communication")).isEqualTo("Fully");
        assertThat(AttemptFlow.draftProblems(done, SCENARIO, ratings(Map.of()))).containsKey("step");
    }

    @Test
    void overLongTextAndNulCharactersAreRefusedEvenAsDrafts() {
        // the form's own annotations, which the facade checks before the scenario's rules
        Map<String, String> problems = new java.util.HashMap<>();
        try (var factory = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
            factory.getValidator().validate(form("x".repeat(AttemptFlow.MAX_TEXT + 1), "a\u0000b"))
                    .forEach(v -> problems.put(v.getPropertyPath().toString(), v.getMessage()));
        }

        assertThat(problems.get("framing")).isEqualTo("This is longer than 10,000 characters; keep it under 10,000.");
        assertThat(problems.get("questions")).contains("NUL");
        assertThat(AttemptFlow.draftProblems(fresh(), SCENARIO, form("x".repeat(AttemptFlow.MAX_TEXT + 1), "a\u0000b"))).isEmpty();
    }

    private static AttemptForm choice(String optionId, String own) {
        return new AttemptForm(null, null, optionId, own, null, null, null, null, Map.of(), null);
    }

    private static AttemptForm ratings(Map<String, Integer> ratings) {
        return new AttemptForm(null, null, null, null, null, null, null, null, ratings, null);
    }

    @Test
    void creditsTheTimeSpentRoundedAtLeastAMinuteAndAtMostTwiceTheEstimate() {
        assertThat(AttemptFlow.creditedMinutes(NOW, NOW.plusSeconds(110), 35)).as("1 min 50 s is two minutes, not one").isEqualTo(2);
        assertThat(AttemptFlow.creditedMinutes(NOW, NOW.plusSeconds(12 * 60 + 20), 35)).isEqualTo(12);
        assertThat(AttemptFlow.creditedMinutes(NOW, NOW.plusSeconds(50 * 60), 35)).as("longer than the estimate counts").isEqualTo(50);
        assertThat(AttemptFlow.creditedMinutes(NOW, NOW.plusSeconds(3 * 24 * 3600), 35)).as("left open for days").isEqualTo(70);
        assertThat(AttemptFlow.creditedMinutes(NOW, NOW.plusSeconds(5), 35)).as("at least a minute").isEqualTo(1);
        assertThat(AttemptFlow.creditedMinutes(NOW, NOW.minusSeconds(600), 35)).as("a clock that went back").isEqualTo(1);
    }
}
