package dev.ascent.learning;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointEvaluationTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    /** Four topics in one phase (one optional), a project, and a month-6 checkpoint expecting the phase and the project at 80%. */
    private static final Roadmap ROADMAP = RoadmapValidator.validate("test.yaml", """
            format: ascent/roadmap@1
            id: checkpoints
            version: 1
            title: Checkpoints
            summary: For checkpoint tests.
            levels: {from: junior, to: senior}
            duration: {minMonths: 6, maxMonths: 12}
            phases:
              - id: basics
                title: Basics
                groups: [{id: g, title: G, topics: [a, b, c, extra]}]
            topics:
              - {id: a, title: A, level: junior, kind: theory, hours: 5, summary: A.}
              - {id: b, title: B, level: junior, kind: theory, hours: 5, summary: B.}
              - {id: c, title: C, level: junior, kind: theory, hours: 5, summary: C.}
              - {id: extra, title: Extra, level: junior, kind: theory, hours: 5, summary: Extra., optional: true}
            projects:
              - {id: build, title: Build, tier: beginner, hours: 10, brief: Build it., rubric: [Works], requires: [a]}
            checkpoints:
              - {id: m6, month: 6, title: Six months, expects: {phases: [basics], projects: [build], share: 0.8}}
            """).roadmap();

    private static CheckpointState evaluate(LocalDate today, Map<String, LocalDate> topics, Map<String, LocalDate> projects) {
        return CheckpointEvaluation.evaluate(ROADMAP, ROADMAP.checkpoints().getFirst(), START, today, topics, projects);
    }

    @Test
    void expectsTheRequiredTopicsOfItsPhasesAndItsProjects() {
        CheckpointState state = evaluate(START.plusMonths(3), Map.of(), Map.of());

        assertThat(state.expected()).as("three required topics and one project; the optional topic is not expected").isEqualTo(4);
        assertThat(state.required()).as("80% of 4, rounded up").isEqualTo(4);
        assertThat(state.due()).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void isMetOnTheDayTheLastNeededItemWasFinished() {
        var topics = new LinkedHashMap<String, LocalDate>();
        topics.put("a", START.plusDays(10));
        topics.put("b", START.plusDays(40));
        topics.put("c", START.plusDays(50));

        CheckpointState state = evaluate(START.plusMonths(5), topics, Map.of("build", START.plusDays(90)));

        assertThat(state.status()).isEqualTo(CheckpointState.Status.MET);
        assertThat(state.metOn()).isEqualTo(START.plusDays(90));
        assertThat(state.reason()).isEqualTo("Met on 1 Apr 2027: 3 of 3 expected topics done; every project submitted.");
    }

    @Test
    void isMissedWhenItsDatePassesWithoutEnough() {
        CheckpointState state = evaluate(LocalDate.of(2027, 7, 2), Map.of("a", START.plusDays(3)), Map.of());

        assertThat(state.status()).isEqualTo(CheckpointState.Status.MISSED);
        assertThat(state.reason()).isEqualTo("Missed on 1 Jul 2027: 1 of 3 expected topics done; 1 project missing; 4 of 4 were needed.");
    }

    @Test
    void isUpcomingEarlyOnTrackWhenWorkKeepsUpWithTimeAndAtRiskWhenItFallsBehind() {
        assertThat(evaluate(START.plusDays(20), Map.of(), Map.of()).status()).isEqualTo(CheckpointState.Status.UPCOMING);

        Map<String, LocalDate> two = Map.of("a", START.plusDays(10), "b", START.plusDays(60));
        CheckpointState halfway = evaluate(START.plusDays(90), two, Map.of());
        assertThat(halfway.status()).isEqualTo(CheckpointState.Status.ON_TRACK);
        assertThat(halfway.reason()).isEqualTo("2 of 3 expected topics done; 1 project missing; 4 of 4 needed by 1 Jul 2027 (91 days left).");

        CheckpointState late = evaluate(START.plusDays(150), Map.of("a", START.plusDays(10)), Map.of());
        assertThat(late.status()).isEqualTo(CheckpointState.Status.AT_RISK);
    }
}
