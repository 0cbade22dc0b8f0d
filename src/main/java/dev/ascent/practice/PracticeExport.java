package dev.ascent.practice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The practice section of {@code ascent/export@1}, both ways: an export is written from these
 * records and an import is read into them, so renaming a component of {@link Attempt} or
 * {@link DecisionRecord} changes neither the file nor what an older file means. The mapping to and
 * from the domain records is here and nowhere else. A null value is left out of the file; days are
 * {@code YYYY-MM-DD}; moments are ISO-8601 instants in UTC ({@code 2026-12-02T09:30:00.123456Z}).
 * Every component may be missing from a file being imported, so {@link PracticeData#restore} checks each.
 */
public record PracticeExport(List<AttemptRecord> attempts, List<Decision> decisions) {

    /** An attempt at a scenario, oldest first; {@code step} is FRAME, CHOOSE, RECORD, RATE or DONE; ratings run 1 to 4 per rubric line. */
    public record AttemptRecord(@Nullable UUID id, @Nullable String scenarioId, int scenarioVersion, int number, Attempt.@Nullable Step step,
                                @Nullable String framing, @Nullable String questions, @Nullable String optionId, @Nullable String ownOption,
                                @Nullable String recordContext, @Nullable String recordOptions, @Nullable String recordDecision,
                                @Nullable String recordConsequences, @Nullable Map<String, Integer> ratings, @Nullable String reflection,
                                @Nullable Instant startedAt, @Nullable Instant completedAt, @Nullable Instant updatedAt, int version) {

        static AttemptRecord of(Attempt a) {
            return new AttemptRecord(a.id(), a.scenarioId(), a.scenarioVersion(), a.number(), a.step(), a.framing(), a.questions(),
                    a.optionId(), a.ownOption(), a.recordContext(), a.recordOptions(), a.recordDecision(), a.recordConsequences(),
                    a.ratings(), a.reflection(), a.startedAt(), a.completedAt(), a.updatedAt(), a.version());
        }

        boolean done() {
            return step == Attempt.Step.DONE;
        }
    }

    /** A decision record, by number; {@code status} is PROPOSED, ACCEPTED, REJECTED, DEPRECATED or SUPERSEDED. */
    public record Decision(@Nullable UUID id, int number, @Nullable String title, DecisionRecord.@Nullable Status status,
                           @Nullable LocalDate decidedOn, @Nullable String context, @Nullable String drivers, @Nullable String options,
                           @Nullable String outcome, @Nullable String consequences, @Nullable List<String> tags, @Nullable List<String> topics,
                           @Nullable LocalDate revisitOn, @Nullable LocalDate revisitedOn, @Nullable String actualOutcome,
                           @Nullable String wouldDecideNow, int version) {

        static Decision of(DecisionRecord r) {
            return new Decision(r.id(), r.number(), r.title(), r.status(), r.decidedOn(), r.context(), r.drivers(), r.options(), r.outcome(),
                    r.consequences(), r.tags(), r.topics(), r.revisitOn(), r.revisitedOn(), r.actualOutcome(), r.wouldDecideNow(), r.version());
        }
    }

    static PracticeExport of(List<Attempt> attempts, List<DecisionRecord> decisions) {
        return new PracticeExport(attempts.stream().sorted(Comparator.comparing(Attempt::startedAt)).map(AttemptRecord::of).toList(),
                decisions.stream().sorted(Comparator.comparingInt(DecisionRecord::number)).map(Decision::of).toList());
    }
}
