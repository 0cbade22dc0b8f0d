package dev.ascent.planning;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples on the built-in 18–24 month path, and re-planning from real progress. */
class PlannerTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Roadmap builtIn(String id) throws Exception {
        Path file = Path.of("src/main/resources/roadmaps", id + ".yaml");
        return RoadmapValidator.validate(file.toString(), Files.readString(file)).roadmap();
    }

    private static Journey journey(Roadmap roadmap, int hours, Map<String, TopicProgress> progress) {
        return new Journey(new Enrollment(UUID.randomUUID(), UUID.randomUUID(), roadmap.id(), START, hours, Enrollment.Status.ACTIVE,
                Instant.now(), 0), roadmap, progress, Map.of());
    }

    @Test
    void theJuniorToSeniorPathAtTenTwelveAndFifteenHoursAWeek() throws Exception {
        Roadmap roadmap = builtIn("backend-junior-to-senior");
        Map<Integer, Projection> at = new HashMap<>();
        for (int hours : new int[]{10, 12, 15}) {
            at.put(hours, Planner.project(journey(roadmap, hours, Map.of()), START, hours));
        }
        // 1,244 hours: 124 weeks at 10 h (month 29), 104 at 12 h (month 24), 83 at 15 h (month 20)
        assertThat(at.get(10).endMonth()).isEqualTo(29);
        assertThat(at.get(10).feasible()).isFalse();
        assertThat(at.get(10).advice()).containsExactly(
                "At 10 h/week this path ends in month 29, after the roadmap's 24 months.",
                "At 12 h/week it ends in month 24.");
        assertThat(at.get(12).endMonth()).isEqualTo(24);
        assertThat(at.get(12).feasible()).isTrue();
        assertThat(at.get(15).endMonth()).isEqualTo(20);
        assertThat(at.get(15).checkpoints()).extracting(Projection.CheckpointDate::atRisk).doesNotContain(true);
        assertThat(at.get(15).checkpoints()).extracting(Projection.CheckpointDate::projectedLate).doesNotContain(true);
        assertThat(at.get(10).checkpoints()).extracting(Projection.CheckpointDate::projectedLate).contains(true);
        assertThat(at.get(15).thisWeek()).isNotEmpty();
        assertThat(at.get(15).thisWeek().stream().mapToDouble(dev.ascent.planning.Plan.Slot::hours).sum()).isLessThanOrEqualTo(15.0001);
    }

    @Test
    void theHoursAdvisedAreTheFewestThatFitAsEveryLowerHourTriedOneByOneShows() throws Exception {
        // the search skips hours that cannot fit by arithmetic alone; trying every hour must agree with it
        for (String id : new String[]{"backend-junior-to-senior", "senior-judgment"}) {
            Roadmap roadmap = builtIn(id);
            Journey journey = journey(roadmap, 1, Map.of());
            Projection slow = Planner.project(journey, START, 1);
            assertThat(slow.feasible()).as(id + " at 1 h/week").isFalse();
            int fewest = 1;
            while (!Planner.project(journey, START, fewest).feasible()) {
                fewest++;
            }
            assertThat(slow.advice()).as(id).contains("At %d h/week it ends in month %d.".formatted(fewest,
                    Planner.project(journey, START, fewest).endMonth()));
        }
    }

    @Test
    void theProjectionJudgesEachCheckpointAsTheDashboardDoesAndOnlyAddsADate() throws Exception {
        Roadmap roadmap = builtIn("senior-judgment");
        LocalDate today = START.plusMonths(4);
        Map<String, TopicProgress> progress = new HashMap<>();
        for (String id : new String[]{"system-context-map", "critical-dependencies", "load-behaviour-fundamentals",
                "measure-service-under-load", "find-bottlenecks", "fragility-hotspots"}) {
            progress.put(id, new TopicProgress(id, TopicStatus.DONE, Proficiency.PROFICIENT, false, START, START.plusMonths(2), null, null, 0));
        }
        Journey journey = journey(roadmap, 6, progress);

        for (int hours : new int[]{3, 6, 20}) {
            Projection projection = Planner.project(journey, today, hours);
            assertThat(projection.checkpoints()).extracting(c -> c.id() + " " + c.status())
                    .as("at %d h/week", hours)
                    .containsExactlyElementsOf(journey.checkpoints(today).stream().map(c -> c.checkpointId() + " " + c.status()).toList());
        }
        Projection.CheckpointDate first = Planner.project(journey, today, 6).checkpoints().getFirst();
        assertThat(first.status()).isEqualTo(dev.ascent.learning.CheckpointState.Status.MET);
        assertThat(first.projected()).as("a met checkpoint keeps the day it was met").isEqualTo(START.plusMonths(2));
        assertThat(first.projectedLate()).isFalse();
    }

    @Test
    void progressAndProficiencyShortenThePlanAndShowAsWeeksAhead() throws Exception {
        Roadmap roadmap = builtIn("backend-junior-to-senior");
        Map<String, TopicProgress> progress = new HashMap<>();
        roadmap.phases().getFirst().topicIds().forEach(id ->
                progress.put(id, new TopicProgress(id, TopicStatus.DONE, Proficiency.PROFICIENT, true, null, START, null, null, 0)));
        LocalDate twoWeeksIn = START.plusWeeks(2);

        Projection fresh = Planner.project(journey(roadmap, 12, Map.of()), twoWeeksIn, 12);
        Projection ahead = Planner.project(journey(roadmap, 12, progress), twoWeeksIn, 12);

        assertThat(ahead.remainingHours()).isLessThan(fresh.remainingHours());
        assertThat(ahead.end()).isBeforeOrEqualTo(fresh.end());
        assertThat(ahead.weeksAhead()).isPositive();
        assertThat(fresh.weeksAhead()).isLessThanOrEqualTo(0);
        assertThat(ahead.pace()).endsWith("ahead");
    }
}
