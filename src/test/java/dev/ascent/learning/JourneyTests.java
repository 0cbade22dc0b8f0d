package dev.ascent.learning;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard derives from progress: shares, next topics, reviews, retired topics, charts. */
class JourneyTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static final Roadmap ROADMAP = RoadmapValidator.validate("journey.yaml", """
            format: ascent/roadmap@1
            id: journey
            version: 1
            title: Journey
            summary: For journey tests.
            levels: {from: junior, to: senior}
            duration: {minMonths: 6, maxMonths: 12}
            phases:
              - {id: one, title: One, groups: [{id: g1, title: G1, topics: [a, b]}]}
              - {id: two, title: Two, groups: [{id: g2, title: G2, topics: [c, d]}]}
              - {id: three, title: Three, groups: [{id: g3, title: G3, topics: [e]}]}
            topics:
              - {id: a, title: A, level: junior, kind: theory, hours: 5, summary: A.}
              - {id: b, title: B, level: junior, kind: theory, hours: 5, summary: B., requires: [a]}
              - {id: c, title: C, level: senior, kind: practice, hours: 5, summary: C., requires: [b]}
              - {id: d, title: D, level: senior, kind: practice, hours: 5, summary: D.}
              - {id: e, title: E, level: senior, kind: community, hours: 5, summary: E., optional: true}
            """).roadmap();

    private static TopicProgress progress(String id, TopicStatus status, LocalDate done, LocalDate reviewDue) {
        return new TopicProgress(id, status, Proficiency.WORKING, false, done, done, reviewDue == null ? null : 0, reviewDue, 0);
    }

    /** A journey from "topic STATUS" pairs, each topic finished (if it is) at the start. */
    private static Journey withStatuses(String... topicStatuses) {
        Map<String, TopicProgress> progress = new java.util.HashMap<>();
        for (String pair : topicStatuses) {
            String[] parts = pair.split(" ");
            TopicStatus status = TopicStatus.valueOf(parts[1]);
            progress.put(parts[0], progress(parts[0], status, status == TopicStatus.DONE ? START : null, null));
        }
        return journey(progress);
    }

    private static Journey journey(Map<String, TopicProgress> progress) {
        var enrollment = new Enrollment(UUID.randomUUID(), UUID.randomUUID(), "journey", START, 8, Enrollment.Status.ACTIVE, Instant.now(), 0);
        return new Journey(enrollment, ROADMAP, progress, Map.of());
    }

    @Test
    void sharesCountRequiredTopicsOnlyAndSkippedAsFinished() {
        Journey journey = journey(Map.of(
                "a", progress("a", TopicStatus.DONE, START.plusDays(3), null),
                "d", progress("d", TopicStatus.SKIPPED, null, null)));

        assertThat(journey.overall().finished()).isEqualTo(2);
        assertThat(journey.overall().total()).as("the optional topic is not required").isEqualTo(4);
        assertThat(journey.overall().percent()).isEqualTo(50);
        assertThat(journey.phases()).extracting(Journey.Share::percent).containsExactly(50, 50, 0);
        assertThat(journey.levels().keySet()).containsExactly("junior", "senior");
    }

    @Test
    void nextTopicsAreThoseWhosePrerequisitesAreFinished() {
        Journey fresh = journey(Map.of());
        Journey later = journey(Map.of("a", progress("a", TopicStatus.DONE, START, null)));

        assertThat(fresh.nextTopics(10)).extracting(Roadmap.Topic::id).containsExactly("a", "d", "e");
        assertThat(later.nextTopics(10)).extracting(Roadmap.Topic::id).containsExactly("b", "d", "e");
    }

    @Test
    void thePhasesOpenOnTheDashboardAreThoseWithANextTopicOrOneBeingLearned() {
        Journey midway = withStatuses("a DONE", "b DONE", "d DONE", "e SKIPPED");
        Journey learningAhead = withStatuses("a DONE", "b DONE", "d DONE", "e LEARNING");
        Journey finished = withStatuses("a DONE", "b DONE", "c DONE", "d DONE", "e DONE");

        assertThat(midway.openPhases()).containsExactly("two");
        assertThat(learningAhead.openPhases()).containsExactly("two", "three");
        assertThat(finished.openPhases()).isEmpty();
    }

    @Test
    void reviewsDueOnTheSameDayComeInTopicOrder() {
        Journey journey = journey(Map.of(
                "d", progress("d", TopicStatus.DONE, START, START.plusDays(3)),
                "b", progress("b", TopicStatus.DONE, START, START.plusDays(3)),
                "a", progress("a", TopicStatus.DONE, START, START.plusDays(2))));

        assertThat(journey.dueReviews(START.plusDays(5))).extracting(TopicProgress::topicId).containsExactly("a", "b", "d");
    }

    @Test
    void dueReviewsAndRetiredTopicsComeFromProgress() {
        Journey journey = journey(Map.of(
                "a", progress("a", TopicStatus.DONE, START, START.plusDays(3)),
                "b", progress("b", TopicStatus.DONE, START, START.plusDays(30)),
                "gone", progress("gone", TopicStatus.DONE, START, START.plusDays(1))));

        assertThat(journey.dueReviews(START.plusDays(5))).extracting(TopicProgress::topicId).containsExactly("a");
        assertThat(journey.retired()).extracting(TopicProgress::topicId).containsExactly("gone");
    }

    @Test
    void chartsHaveAPointPerWeekAndASpokePerPhase() {
        Journey journey = journey(Map.of("a", progress("a", TopicStatus.DONE, START.plusDays(8), null)));

        Charts.BurnUp burnUp = Charts.burnUp(journey, START.plusWeeks(3));
        Charts.Radar radar = Charts.radar(journey);

        assertThat(burnUp.done().split(" ")).as("weeks 0..3 and today").hasSize(5);
        assertThat(burnUp.finished()).isEqualTo(1);
        assertThat(burnUp.total()).isEqualTo(4);
        assertThat(radar.spokes()).extracting(Charts.Spoke::percent).containsExactly(50, 0, 0);
        assertThat(radar.rings()).hasSize(4);
    }

    @Test
    void chartCoordinatesHaveOneDecimalAsPrintfWritesThem() {
        for (double value : new double[] {0, 0.04, 0.06, 0.94, 0.96, 12.34, 36, 164.449, 599.96, 600, -3.26, -0.6}) {
            assertThat(Charts.num(value)).as("%s", value).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", value));
        }
    }

    private static final Roadmap WITH_CHECKPOINTS = RoadmapValidator.validate("journey-checkpoints.yaml", """
            format: ascent/roadmap@1
            id: journey-checkpoints
            version: 1
            title: Journey checkpoints
            summary: For the next open checkpoint.
            levels: {from: junior, to: senior}
            duration: {minMonths: 6, maxMonths: 12}
            phases:
              - {id: one, title: One, groups: [{id: g1, title: G1, topics: [a, b, c]}]}
            topics:
              - {id: a, title: A, level: junior, kind: theory, hours: 5, summary: A.}
              - {id: b, title: B, level: junior, kind: theory, hours: 5, summary: B.}
              - {id: c, title: C, level: senior, kind: practice, hours: 5, summary: C.}
            checkpoints:
              - {id: met, month: 1, title: Met, expects: {topics: [a]}}
              - {id: signed, month: 2, title: Signed, expects: {topics: [b]}, signOff: mentor}
              - {id: open, month: 3, title: Open, expects: {topics: [c]}}
              - {id: later, month: 4, title: Later, expects: {topics: [c]}}
            """).roadmap();

    @Test
    void theNextOpenCheckpointIsTheFirstNeitherMetNorSignedOffAsTheFullListSaysIt() {
        var enrollment = new Enrollment(UUID.randomUUID(), UUID.randomUUID(), "journey-checkpoints", START, 8, Enrollment.Status.ACTIVE, Instant.now(), 0);
        var progress = Map.of("a", progress("a", TopicStatus.DONE, START.plusDays(3), null));
        var signed = Map.of("signed", new CheckpointSignOff("signed", "A mentor", START.plusDays(40), "Walked through it."));
        LocalDate today = START.plusDays(50);

        Journey journey = new Journey(enrollment, WITH_CHECKPOINTS, progress, Map.of(), signed);
        assertThat(journey.nextOpenCheckpoint(today)).map(CheckpointState::checkpointId).contains("open");
        assertThat(journey.nextOpenCheckpoint(today)).isEqualTo(journey.checkpoints(today).stream()
                .filter(c -> c.status() != CheckpointState.Status.MET && journey.signOff(c.checkpointId()).isEmpty()).findFirst());

        Journey unsigned = new Journey(enrollment, WITH_CHECKPOINTS, progress, Map.of());
        assertThat(unsigned.nextOpenCheckpoint(today)).map(CheckpointState::checkpointId).contains("signed");
        var allDone = Map.of("a", progress("a", TopicStatus.DONE, START, null), "b", progress("b", TopicStatus.DONE, START, null),
                "c", progress("c", TopicStatus.DONE, START, null));
        assertThat(new Journey(enrollment, WITH_CHECKPOINTS, allDone, Map.of()).nextOpenCheckpoint(today)).isEmpty();
    }
}
