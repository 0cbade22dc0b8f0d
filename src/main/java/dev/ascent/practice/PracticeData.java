package dev.ascent.practice;

import dev.ascent.accounts.PersonalData;
import dev.ascent.practice.internal.AttemptStore;
import dev.ascent.practice.internal.DecisionStore;
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
    public Object export(UUID accountId) {
        List<Attempt> all = new ArrayList<>(attempts.list(accountId, null, Integer.MAX_VALUE));
        all.sort(java.util.Comparator.comparing(Attempt::startedAt));
        List<DecisionRecord> records = new ArrayList<>(decisions.list(accountId, new DecisionStore.Filter(null, null, null, null), Integer.MAX_VALUE));
        records.sort(java.util.Comparator.comparingInt(DecisionRecord::number));
        return Map.of("attempts", all, "decisions", records);
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

    /** Attempts and records come back with new ids; attempts need their scenario version to be published here. */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        try {
            for (JsonNode node : section.path("attempts")) {
                Attempt a = json.treeToValue(node, Attempt.class);
                Scenario scenario = practice.version(a.scenarioId(), a.scenarioVersion()).orElseThrow(() -> new IllegalArgumentException(
                        "an attempt is at scenario '%s' version %d, which is not published on this server; publish it first"
                                .formatted(a.scenarioId(), a.scenarioVersion())));
                boolean textsFit = Stream.of(a.framing(), a.questions(), a.ownOption(), a.recordContext(), a.recordOptions(), a.recordDecision(),
                        a.recordConsequences(), a.reflection()).allMatch(t -> t.length() <= AttemptFlow.MAX_TEXT && t.indexOf('\u0000') < 0);
                boolean ratingsFit = a.ratings().entrySet().stream().allMatch(r -> r.getValue() >= 1 && r.getValue() <= 4
                        && scenario.rubric().stream().anyMatch(c -> c.id().equals(r.getKey())));
                if (!textsFit || !ratingsFit || (a.optionId() != null && !a.ownOptionChosen() && scenario.option(a.optionId()).isEmpty())) {
                    throw new IllegalArgumentException("attempt %d at '%s' holds answers this scenario cannot take".formatted(a.number(), a.scenarioId()));
                }
                attempts.restore(accountId, new Attempt(UUID.randomUUID(), a.scenarioId(), a.scenarioVersion(), a.number(), a.step(), a.framing(),
                        a.questions(), a.optionId(), a.ownOption(), a.recordContext(), a.recordOptions(), a.recordDecision(),
                        a.recordConsequences(), a.ratings(), a.reflection(), a.startedAt(), a.completedAt(), a.updatedAt(), 0));
            }
            List<DecisionForm> forms = new ArrayList<>();
            List<DecisionRecord> records = new ArrayList<>();
            for (JsonNode node : section.path("decisions")) {
                DecisionRecord r = json.treeToValue(node, DecisionRecord.class);
                forms.add(DecisionForm.of(r));
                records.add(new DecisionRecord(UUID.randomUUID(), r.number(), r.title(), r.status(), r.decidedOn(), r.context(), r.drivers(),
                        r.options(), r.outcome(), r.consequences(), r.tags(), r.topics(), r.revisitOn(), r.revisitedOn(), r.actualOutcome(),
                        r.wouldDecideNow(), 0));
            }
            journal.restore(accountId, forms, records);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not in the shape Ascent exports: " + e.getOriginalMessage());
        }
    }
}
