package dev.ascent.practice;

import dev.ascent.accounts.PersonalData;
import dev.ascent.practice.internal.AttemptStore;
import dev.ascent.practice.internal.DecisionStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** The practice section of an account's export: attempts at scenarios and the decision journal. Erased with the account. */
@Component
@Order(30)
class PracticeData implements PersonalData {

    private final AttemptStore attempts;
    private final DecisionStore decisions;
    private final Practice practice;
    private final DecisionJournal journal;
    private final JsonMapper json;

    PracticeData(AttemptStore attempts, DecisionStore decisions, Practice practice, DecisionJournal journal, JsonMapper json) {
        this.attempts = attempts;
        this.decisions = decisions;
        this.practice = practice;
        this.journal = journal;
        this.json = json;
    }

    @Override
    public String section() {
        return "practice";
    }

    @Override
    public PracticeExport export(UUID accountId) {
        return PracticeExport.of(attempts.list(accountId, null, Integer.MAX_VALUE),
                decisions.list(accountId, new DecisionStore.Filter(null, null, null, null), Integer.MAX_VALUE));
    }

    @Override
    public void erase(UUID accountId) {
        attempts.deleteAll(accountId);
        decisions.deleteAll(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return !attempts.list(accountId, null, 1).isEmpty()
                || !decisions.list(accountId, new DecisionStore.Filter(null, null, null, null), 1).isEmpty();
    }

    /**
     * Attempts and records come back with new ids. Each is checked the way the app checks input:
     * an attempt needs its scenario version published here and the answers of every step it has
     * passed (so an edited file cannot open the debrief without answering); a record must be one
     * the decision form would accept. Anything else refuses the whole import with a reason.
     */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        try {
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (JsonNode node : section.path("attempts")) {
                Attempt a = restorable(json.treeToValue(node, PracticeExport.AttemptRecord.class));
                if (!numbers.add(a.scenarioId() + "#" + a.number())) {
                    throw new IllegalArgumentException("attempt %d at '%s' appears twice".formatted(a.number(), a.scenarioId()));
                }
                attempts.restore(accountId, a);
            }
            List<DecisionForm> forms = new ArrayList<>();
            List<DecisionRecord> records = new ArrayList<>();
            java.util.Set<Integer> adrNumbers = new java.util.HashSet<>();
            for (JsonNode node : section.path("decisions")) {
                PracticeExport.Decision r = json.treeToValue(node, PracticeExport.Decision.class);
                if (r.status() == null || r.decidedOn() == null || r.title() == null || r.number() < 1 || !adrNumbers.add(r.number())) {
                    throw new IllegalArgumentException("decision record %d has no status, date or title, or its number is used twice".formatted(r.number()));
                }
                if (!dev.ascent.platform.Dates.inRange(r.revisitedOn())) {
                    throw new IllegalArgumentException("decision record %d was revisited on a day outside the years %d–%d"
                            .formatted(r.number(), dev.ascent.platform.Dates.FIRST_YEAR, dev.ascent.platform.Dates.LAST_YEAR));
                }
                DecisionRecord clean = new DecisionRecord(UUID.randomUUID(), r.number(), r.title(), r.status(), r.decidedOn(), text(r.context()),
                        text(r.drivers()), text(r.options()), text(r.outcome()), text(r.consequences()), list(r.tags()), list(r.topics()),
                        r.revisitOn(), r.revisitedOn(), text(r.actualOutcome()), text(r.wouldDecideNow()), 0);
                forms.add(DecisionForm.of(clean));
                records.add(clean);
            }
            journal.restore(accountId, forms, records);
        } catch (JacksonException e) {
            if (e instanceof tools.jackson.databind.exc.MismatchedInputException mismatch && mismatch.getTargetType() == java.time.LocalDate.class) {
                // days are read by the one day parser, which refuses the years nobody means before the checks above see them
                throw new IllegalArgumentException("a decision record has a day that is not a day, or one outside the years %d–%d"
                        .formatted(dev.ascent.platform.Dates.FIRST_YEAR, dev.ascent.platform.Dates.LAST_YEAR));
            }
            throw new IllegalArgumentException("it is not in the shape Ascent exports: " + e.getOriginalMessage());
        }
    }

    private Attempt restorable(PracticeExport.AttemptRecord a) {
        if (a.scenarioId() == null || a.step() == null || a.number() < 1 || a.startedAt() == null) {
            throw new IllegalArgumentException("an attempt has no scenario, step, number or start");
        }
        if (!dev.ascent.platform.Dates.inRange(a.startedAt()) || !dev.ascent.platform.Dates.inRange(a.completedAt())
                || !dev.ascent.platform.Dates.inRange(a.updatedAt())) {
            throw new IllegalArgumentException("attempt %d has a time outside the years %d–%d"
                    .formatted(a.number(), dev.ascent.platform.Dates.FIRST_YEAR, dev.ascent.platform.Dates.LAST_YEAR));
        }
        Scenario scenario = practice.version(a.scenarioId(), a.scenarioVersion()).orElseThrow(() -> new IllegalArgumentException(
                "an attempt is at scenario '%s' version %d, which is not published on this server; publish it first"
                        .formatted(a.scenarioId(), a.scenarioVersion())));
        if (a.ratings() != null && a.ratings().containsValue(null)) {
            throw new IllegalArgumentException("attempt %d at '%s' holds answers this scenario cannot take".formatted(a.number(), a.scenarioId()));
        }
        Attempt clean = new Attempt(UUID.randomUUID(), a.scenarioId(), a.scenarioVersion(), a.number(), a.step(), text(a.framing()),
                text(a.questions()), a.optionId(), text(a.ownOption()), text(a.recordContext()), text(a.recordOptions()),
                text(a.recordDecision()), text(a.recordConsequences()), a.ratings() == null ? Map.of() : a.ratings(), text(a.reflection()),
                a.startedAt(), a.done() ? (a.completedAt() == null ? a.startedAt() : a.completedAt()) : null,
                a.updatedAt() == null ? a.startedAt() : a.updatedAt(), 0);
        boolean textsFit = Stream.of(clean.framing(), clean.questions(), clean.ownOption(), clean.recordContext(), clean.recordOptions(),
                clean.recordDecision(), clean.recordConsequences(), clean.reflection())
                .allMatch(t -> t.length() <= AttemptFlow.MAX_TEXT && t.indexOf('\u0000') < 0);
        boolean ratingsFit = clean.ratings().entrySet().stream().allMatch(r -> r.getValue() >= 1 && r.getValue() <= 4
                && scenario.rubric().stream().anyMatch(c -> c.id().equals(r.getKey())));
        // every step before the attempt's own must have been answered, as the app would have required
        boolean stepsAnswered = Attempt.Step.working().stream().filter(step -> step.compareTo(clean.step()) < 0)
                .allMatch(step -> AttemptFlow.stepProblems(clean.atStep(step, clean.completedAt()), scenario).isEmpty());
        if (!textsFit || !ratingsFit || !stepsAnswered) {
            throw new IllegalArgumentException("attempt %d at '%s' holds answers this scenario cannot take".formatted(a.number(), a.scenarioId()));
        }
        return clean;
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(@org.jspecify.annotations.Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }
}
