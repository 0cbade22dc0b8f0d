package dev.ascent.learning;

import dev.ascent.learning.progress.ReviewSchedule;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules checked over many random inputs (a seeded generator per repetition, so a failure names
 * its seed and can be replayed): reviews, shares and checkpoints never break their invariants.
 */
class LearningPropertiesTests {

    private static final Roadmap ROADMAP = RoadmapValidator.validate("props.yaml", """
            format: ascent/roadmap@1
            id: props
            version: 1
            title: Props
            summary: For property tests.
            levels: {from: junior, to: expert}
            duration: {minMonths: 6, maxMonths: 24}
            phases:
              - {id: p1, title: P1, groups: [{id: g1, title: G1, topics: [t1, t2, t3, t4]}]}
              - {id: p2, title: P2, groups: [{id: g2, title: G2, topics: [t5, t6, t7, t8]}]}
            topics:
              - {id: t1, title: T1, level: junior, kind: theory, hours: 5, summary: S.}
              - {id: t2, title: T2, level: junior, kind: theory, hours: 5, summary: S., requires: [t1]}
              - {id: t3, title: T3, level: intermediate, kind: practice, hours: 5, summary: S., optional: true}
              - {id: t4, title: T4, level: intermediate, kind: practice, hours: 5, summary: S., requires: [t2]}
              - {id: t5, title: T5, level: senior, kind: community, hours: 5, summary: S.}
              - {id: t6, title: T6, level: senior, kind: theory, hours: 5, summary: S., requires: [t5, t4]}
              - {id: t7, title: T7, level: expert, kind: practice, hours: 5, summary: S.}
              - {id: t8, title: T8, level: expert, kind: theory, hours: 5, summary: S., requires: [t7]}
            projects:
              - {id: pr, title: Pr, tier: beginner, hours: 9, brief: B., rubric: [It runs], requires: [t1]}
            checkpoints:
              - {id: c6, month: 6, title: C6, expects: {phases: [p1], share: 0.75}}
              - {id: c12, month: 12, title: C12, expects: {topics: [t5, t6, t7], projects: [pr], share: 0.5}}
              - {id: c24, month: 24, title: C24, expects: {phases: [p1, p2]}}
            """).roadmap();

    private static Random random(RepetitionInfo repetition) {
        return new Random(0xA5CE47L * repetition.getCurrentRepetition());
    }

    @RepeatedTest(200)
    void reviewsAlwaysComeDueInTheFutureOnTheLadder(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate today = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1000));
        ReviewSchedule.Review review = ReviewSchedule.first(today);
        for (int i = 0; i < 20; i++) {
            ReviewSchedule.Recall recall = ReviewSchedule.Recall.values()[random.nextInt(4)];
            ReviewSchedule.Review next = ReviewSchedule.next(review, recall, today);
            assertThat(next.step()).isBetween(0, ReviewSchedule.INTERVALS.length - 1);
            assertThat(next.due()).isAfter(today);
            if (recall == ReviewSchedule.Recall.FORGOT) {
                assertThat(next.step()).isZero();
            } else {
                assertThat(next.step()).isGreaterThanOrEqualTo(review.step());
            }
            review = next;
        }
    }

    @RepeatedTest(200)
    void sharesStayWithinBoundsAndCheckpointsAgreeWithTheirCounts(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
        LocalDate today = start.plusDays(random.nextInt(900));
        Map<String, TopicProgress> progress = new HashMap<>();
        for (Roadmap.Topic topic : ROADMAP.topics()) {
            TopicStatus status = TopicStatus.values()[random.nextInt(4)];
            LocalDate done = status == TopicStatus.DONE ? start.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay() + 1))) : null;
            progress.put(topic.id(), new TopicProgress(topic.id(), status, Proficiency.NONE, false, null, done, null, null, 0));
        }
        var enrollment = new Enrollment(UUID.randomUUID(), UUID.randomUUID(), "props", start, 8, Enrollment.Status.ACTIVE, java.time.Instant.now(), 0);
        Journey journey = new Journey(enrollment, ROADMAP, progress, Map.of());

        assertThat(journey.overall().percent()).isBetween(0, 100);
        assertThat(journey.overall().total()).isEqualTo(7);
        journey.phases().forEach(phase -> assertThat(phase.finished()).isBetween(0, phase.total()));
        journey.nextTopics(10).forEach(topic -> {
            assertThat(journey.of(topic.id()).status().finished()).isFalse();
            assertThat(topic.requires()).allMatch(r -> journey.of(r).status().finished());
        });
        for (CheckpointState state : journey.checkpoints(today)) {
            assertThat(state.required()).isBetween(1, Math.max(1, state.expected()));
            if (state.status() == CheckpointState.Status.MET) {
                assertThat(state.done()).isGreaterThanOrEqualTo(state.required());
                assertThat(state.metOn()).isNotNull().isBeforeOrEqualTo(today);
            } else {
                assertThat(state.done()).isLessThan(state.required());
                assertThat(state.status() == CheckpointState.Status.MISSED).isEqualTo(today.isAfter(state.due()));
            }
            assertThat(state.reason()).isNotBlank();
        }
    }
}
