package dev.ascent.lab;

import dev.ascent.accounts.PersonalData;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lab's facade: a run of a built-in model with a prediction, the same run again is the same, one knob changed
 * changes the result, bad knobs and predictions refused by field, a run too big refused before it starts, another
 * person's run not found, calibration over runs, and the minutes credited as practice on the model's topics.
 */
@SpringBootTest
class LabTests {

    static final String QUEUE = "slow-consumer-queue";

    @Autowired Lab lab;
    @Autowired TestAccounts accounts;
    @Autowired Learning learning;
    @Autowired JdbcClient jdbc;
    @Autowired List<PersonalData> personalData;
    @Autowired JsonMapper json;

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail("lab"), WebSession.PASSWORD, "test").value().id();
    }

    private static LabRun saved(Outcome<LabRun> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<LabRun>) outcome).value();
    }

    @Test
    void aRunIsMeasuredKeptAndTheSameOnTheSameSeed() {
        UUID learner = person("Ria Runner");
        LabRun first = saved(lab.run(learner, QUEUE, new RunForm(Map.of(), 50.0, "processing-queue", null, null)));
        assertThat(first.modelTitle()).isEqualTo("A queue in front of a slow consumer");
        assertThat(first.changes()).isEmpty();
        assertThat(first.result()).isNotNull();
        assertThat(first.p99Ms()).isPositive();
        assertThat(first.result().seconds()).hasSize(300);
        assertThat(first.result().summary().arrived()).as("arrived = completed + failed + in flight")
                .isEqualTo(first.result().summary().completed() + first.result().summary().failed() + first.result().summary().inFlight());
        assertThat(first.predicted()).isTrue();

        LabRun again = saved(lab.run(learner, QUEUE, RunForm.empty()));
        assertThat(again.p99Ms()).as("same model, same seed: the same run").isEqualTo(first.p99Ms());
        assertThat(again.result().events()).isEqualTo(first.result().events());

        LabRun more = saved(lab.run(learner, QUEUE, new RunForm(Map.of("uploads-api.replicas", "1", "uploads-api.concurrency", "1", "processing-queue.consumers", "4"), null, null, null, null)));
        assertThat(more.changes()).as("only knobs set to something else are changes").containsOnly(Map.entry("uploads-api.replicas", 1.0), Map.entry("uploads-api.concurrency", 1.0));
        assertThat(more.p99Ms()).as("one worker where there were sixteen: requests wait").isGreaterThan(first.p99Ms());

        LabRun stored = lab.run(learner, first.id()).orElseThrow();
        assertThat(stored.result()).as("the result read back whole").isEqualTo(first.result());
        assertThat(lab.runs(learner, QUEUE)).extracting(LabRun::id).containsExactly(more.id(), again.id(), first.id());
        assertThat(lab.run(person("Otto Other"), first.id())).as("another person's run").isEmpty();
    }

    @Test
    void badKnobsAndPredictionsAreRefusedByFieldAndNothingRuns() {
        UUID learner = person("Bo Bad");
        Outcome<LabRun> bad = lab.run(learner, QUEUE, new RunForm(Map.of("processing-queue.consumers", "0", "uploads-api.replicas", "2.5",
                "nonsense.knob", "3", "documents-db.connections", "many"), -1.0, "no-such-component", null, null));
        assertThat(bad).isInstanceOf(Outcome.Invalid.class);
        assertThat(bad.fieldErrors())
                .containsEntry("knobs[processing-queue.consumers]", "Consumers: give a number from 1 to 10000.")
                .containsEntry("knobs[uploads-api.replicas]", "Replicas: give a whole number.")
                .containsEntry("knobs[nonsense.knob]", "This model has no knob 'nonsense.knob'.")
                .containsEntry("knobs[documents-db.connections]", "Connections: give a number, such as 10.")
                .containsEntry("predictedP99Ms", "Expect a p99 above 0 ms.")
                .containsEntry("predictedBottleneck", "Choose one of the model's components.");
        assertThat(lab.run(learner, "no-such-model", RunForm.empty())).isInstanceOf(Outcome.NotFound.class);

        Outcome<LabRun> huge = lab.run(learner, QUEUE, new RunForm(Map.of("arrivals.base", "100000", "arrivals.peak", "100000"), null, null, null, null));
        assertThat(huge.fieldErrors().get("run")).as("refused before it starts").contains("million events").contains("lower the arrival rate");
        assertThat(lab.runs(learner, null)).as("nothing ran").isEmpty();
    }

    @Test
    void predictionsAreCalibratedOverRuns() {
        UUID learner = person("Cal Ibrate");
        LabRun run = saved(lab.run(learner, QUEUE, RunForm.empty()));
        String actual = run.bottleneck();
        saved(lab.run(learner, QUEUE, new RunForm(Map.of(), run.p99Ms() * 1.5, actual, null, null)));
        saved(lab.run(learner, QUEUE, new RunForm(Map.of(), run.p99Ms() / 10, "uploads-api".equals(actual) ? "documents-db" : "uploads-api", null, null)));

        Calibration calibration = lab.calibration(learner);
        assertThat(calibration.runs()).isEqualTo(3);
        assertThat(calibration.p99Predictions()).isEqualTo(2);
        assertThat(calibration.p99WithinTwice()).as("1.5× is within a factor of 2; a tenth is not").isEqualTo(1);
        assertThat(calibration.medianMissFactor()).isCloseTo((1.5 + 10) / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(calibration.bottleneckPredictions()).isEqualTo(actual == null ? 0 : 2);
        assertThat(calibration.bottlenecksRight()).isEqualTo(actual == null ? 0 : 1);
    }

    @Test
    void theMinutesOfARunCountAsPracticeOnTheModelsTopics() {
        UUID learner = person("Pia Practice");
        UUID enrollment = ((Outcome.Saved<dev.ascent.learning.Enrollment>) learning.enroll(learner, "backend-junior-to-senior",
                new EnrollmentForm(null, null))).value().id();
        long sevenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(7).toMillis();
        LabRun run = saved(lab.run(learner, QUEUE, new RunForm(Map.of(), null, null, null, sevenMinutesAgo)));
        assertThat(run.minutes()).isEqualTo(7);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select topic_id, minutes, kind, scenario_title from learning.time_entries where enrollment_id = :e""")
                .param("e", enrollment).query().listOfRows()).singleElement().satisfies(row -> {
                    assertThat(row.get("topic_id")).isEqualTo("message-queues");
                    assertThat(row.get("minutes")).isEqualTo(7);
                    assertThat(row.get("kind")).isEqualTo("PRACTICE");
                    assertThat(row.get("scenario_title")).isEqualTo("A queue in front of a slow consumer");
                }));
        // a form opened long ago or in the future credits one minute, never a day
        assertThat(saved(lab.run(learner, QUEUE, new RunForm(Map.of(), null, null, null, System.currentTimeMillis() + 60_000))).minutes()).isEqualTo(1);
        assertThat(saved(lab.run(learner, QUEUE, new RunForm(Map.of(), null, null, null, System.currentTimeMillis() - Duration.ofHours(3).toMillis())))
                .minutes()).isEqualTo(Lab.MAX_MINUTES_A_RUN);
    }

    @Test
    void runsAreExportedRestoredWithoutSeriesAndErased() {
        UUID learner = person("Ex Porter");
        LabRun run = saved(lab.run(learner, QUEUE, new RunForm(Map.of("processing-queue.consumers", "6"), 80.0, null, 11L, null)));
        PersonalData section = personalData.stream().filter(p -> p.section().equals("lab")).findFirst().orElseThrow();
        assertThat(section.holdsData(learner)).isTrue();
        var exported = json.valueToTree(section.export(learner));
        assertThat(exported.path("runs")).hasSize(1);
        assertThat(exported.path("runs").get(0).path("changes").path("processing-queue.consumers").asDouble()).isEqualTo(6.0);
        assertThat(exported.path("runs").get(0).has("result")).as("the series are left out").isFalse();

        UUID other = person("Im Porter");
        section.restore(other, exported);
        LabRun restored = lab.runs(other, null).getFirst();
        assertThat(restored.p99Ms()).isEqualTo(run.p99Ms());
        assertThat(restored.seed()).isEqualTo(11L);
        assertThat(lab.run(other, restored.id()).orElseThrow().result()).isNull();

        section.erase(learner);
        assertThat(section.holdsData(learner)).isFalse();
        assertThat(lab.runs(learner, null)).isEmpty();
    }

    @Test
    void aPersonStartsAtMostADozenRunsAMinuteAndIsToldHowLongToWait() {
        UUID learner = person("Fay Fair");
        for (int i = 0; i < 12; i++) {
            saved(lab.run(learner, QUEUE, RunForm.empty()));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lab.run(learner, QUEUE, RunForm.empty()))
                .isInstanceOf(RunLimitReached.class)
                .hasMessageContaining("run again in")
                .satisfies(e -> assertThat(((RunLimitReached) e).retryAfterSeconds()).isBetween(1L, 60L));
        assertThat(saved(lab.run(person("Nia Next"), QUEUE, RunForm.empty())).p99Ms()).as("others are not held up").isPositive();
    }
}
