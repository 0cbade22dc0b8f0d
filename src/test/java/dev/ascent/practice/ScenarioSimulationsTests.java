package dev.ascent.practice;

import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.lab.internal.Knobs;
import dev.ascent.lab.internal.LabRunner;
import dev.ascent.practice.format.ScenarioValidator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The converted scenarios' options, run in the lab, tell the same story as their narratives: the numbers an
 * attempt's consequence step shows beside each option point the same way its consequence does.
 */
class ScenarioSimulationsTests {

    private static Scenario scenario(String id) throws IOException {
        Path file = Path.of("src/main/resources/scenarios", id + ".yaml");
        var report = ScenarioValidator.validate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8),
                ScenarioLibraryTests.BUILT_IN_ROADMAPS);
        assertThat(report.problems()).isEmpty();
        return report.scenario();
    }

    private static RunResult run(Scenario.LabLink lab) {
        var model = ModelLibrary.builtIn().entry(lab.model()).orElseThrow().model();
        return Simulation.run(Knobs.apply(model, lab.changes()), LabRunner.BOUNDS);
    }

    /** Option id (and "baseline") → its simulated result. */
    private static Map<String, RunResult> results(Scenario scenario) {
        Map<String, RunResult> results = new LinkedHashMap<>();
        results.put("baseline", run(scenario.lab()));
        scenario.options().forEach(o -> results.put(o.id(), run(o.lab())));
        results.values().forEach(r -> assertThat(r.cutoff()).isNull());
        return results;
    }

    private static RunResult.ComponentResult component(RunResult r, String id) {
        return r.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theQueueMovesTheWaitWhileFixingTheRequestPathRemovesIt() throws IOException {
        Scenario scenario = scenario("should-we-add-a-queue");
        assertThat(scenario.options()).allSatisfy(o -> assertThat(o.lab()).isNotNull());
        var r = results(scenario);
        RunResult today = r.get("baseline");
        RunResult fixed = r.get("fix-the-request-path");
        RunResult queued = r.get("add-a-broker-now");

        assertThat(today.summary().p99Ms()).as("uploads run into the gateway's 30 s and come back").isGreaterThan(30_000);
        assertThat(fixed.summary().p99Ms()).as("resized images and a 12 s budget").isLessThan(5_000);
        assertThat(fixed.summary().errorRatio()).isLessThanOrEqualTo(today.summary().errorRatio());
        assertThat(queued.summary().p99Ms()).as("the upload itself returns fast behind a queue").isLessThan(2_000);
        assertThat(component(queued, "extraction-jobs").p99Ms()).as("but the user still waits for the extraction")
                .isGreaterThan(today.summary().p50Ms());
        assertThat(r.get("jobs-table-and-polling").summary().p99Ms()).isLessThan(2_000);
    }

    @Test
    void onlyCuttingTheRetryLayersAndTheBaseLoadEndsTheStorm() throws IOException {
        var r = results(scenario("retry-storm"));
        double storm = r.get("baseline").summary().errorRatio();

        assertThat(storm).as("the storm outlives the slowdown").isGreaterThan(0.5);
        assertThat(r.get("cut-amplification-and-degrade").summary().errorRatio()).isLessThan(0.01);
        assertThat(r.get("turn-off-catalog-retries").summary().errorRatio()).as("right direction, not enough alone").isGreaterThan(0.3);
        assertThat(r.get("scale-out-pricing").summary().errorRatio()).as("more pods feed the same amplification").isGreaterThan(0.1);
        // the gateway gives up after 3 s whatever catalog waits: catalog only holds more abandoned work
        assertThat(r.get("raise-catalog-timeout").summary().errorRatio()).as("no better than doing nothing").isGreaterThan(storm - 0.05);
        assertThat(component(r.get("raise-catalog-timeout"), "catalog").utilisation()).isGreaterThan(component(r.get("baseline"), "catalog").utilisation());
    }

    @Test
    void moreServersLeaveTheRateLimitsWhileTheEstimatedPlanClearsThem() throws IOException {
        var r = results(scenario("capacity-for-a-launch"));
        RunResult autoscaling = r.get("rely-on-autoscaling");
        RunResult tripled = r.get("triple-everything");
        RunResult planned = r.get("estimate-then-test-launch-path");

        assertThat(autoscaling.summary().failures().rejected()).as("the autoscaler is too slow for the spike").isPositive();
        assertThat(autoscaling.summary().p99Ms()).isGreaterThan(1_000);
        assertThat(tripled.summary().failures().rejected()).isZero();
        assertThat(tripled.summary().failures().rateLimited()).as("SMS and geocoding limits hold whatever the cluster")
                .isGreaterThan(autoscaling.summary().failures().rateLimited());
        assertThat(r.get("replay-home-traffic").summary().failures().rateLimited()).isPositive();
        assertThat(planned.summary().failed()).isZero();
        assertThat(planned.summary().p99Ms()).isLessThan(500);
    }
}
