package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.ascent.lab.engine.Queues.component;
import static dev.ascent.lab.engine.Queues.ms;
import static dev.ascent.lab.engine.Queues.service;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine's guarantees: conservation, determinism, independent streams, no negative times, bounds, estimates. */
class EngineTests {

    /** A gateway balancing over two services that call a database and a flaky third party, with faults. */
    static SystemModel busyModel(double perSecond, double extMeanMs) {
        Resilience guarded = new Resilience(50.0, new Resilience.Retry(3, 5, 2, true),
                new Resilience.CircuitBreaker(0.5, 20, 2), null, new Resilience.Bulkhead(40));
        List<Component> components = List.of(
                new Component.LoadBalancer("gateway", Component.LoadBalancer.Policy.RANDOM, List.of("api-a", "api-b")),
                service("api-a", 2, 4, 50, new Distribution.Exponential(2), Queues.sync("db", Resilience.NONE),
                        Queues.sync("ext", guarded), Queues.async("jobs")),
                service("api-b", 2, 4, 50, new Distribution.Exponential(2), Queues.sync("db", Resilience.NONE)),
                new Component.Database("db", 8, new Distribution.LogNormal(3, 20), 100),
                new Component.External("ext", new Distribution.Exponential(extMeanMs), 0.02),
                new Component.Queue("jobs", 100, 2, new Distribution.Exponential(5), List.of()));
        List<Fault> faults = List.of(
                new Fault.KillReplicas(10, "api-a", 1, 5.0),
                new Fault.ErrorBurst(20, "ext", 0.8, 3),
                new Fault.Failover(25, "db", 1));
        return Queues.model(new Arrivals.Poisson(perSecond), 40, components, faults);
    }

    @Test
    void everyRequestThatArrivedCompletedFailedOrIsStillInFlight() {
        RunResult result = Queues.run(busyModel(800, 10));
        RunResult.Summary s = result.summary();
        assertThat(s.arrived()).isGreaterThan(30_000);
        assertThat(s.failed()).isPositive();
        assertThat(s.arrived()).isEqualTo(s.completed() + s.failed() + s.inFlight());
        assertThat(s.failures().total()).isEqualTo(s.failed());
        assertThat(result.seconds().stream().mapToLong(RunResult.Second::arrivals).sum()).isEqualTo(s.arrived());
        long endedInSeconds = result.seconds().stream().mapToLong(x -> x.completed() + x.failed().total()).sum();
        assertThat(endedInSeconds).isEqualTo(s.completed() + s.failed());
        assertThat(result.seconds().getLast().inFlight()).isEqualTo(s.inFlight());
    }

    @Test
    void everySecondIsCountedOnceEvenWithEventsOnTheLastInstant() {
        // Constant arrivals put one (nearly) at the end of the run; it belongs to no second, so it is not run.
        SystemModel model = Queues.model(new Arrivals.Constant(100), 10, List.of(service("api", 1, 10, 10, ms(1))),
                List.of(new Fault.KillReplicas(10, "api", 1, null)));
        RunResult result = Queues.run(model);
        assertThat(result.seconds()).hasSize(10);
        assertThat(result.seconds().stream().mapToLong(RunResult.Second::arrivals).sum()).isEqualTo(result.summary().arrived());
        assertThat(result.summary().failed()).isZero();
        assertThat(result.simulatedSeconds()).isEqualTo(10);
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherRun() {
        SystemModel model = busyModel(500, 10);
        RunResult first = Queues.run(model);
        RunResult again = Queues.run(model);
        RunResult other = Simulation.run(model, RunOptions.DEFAULTS.withSeed(99));
        assertThat(again).isEqualTo(first);
        assertThat(other.summary()).isNotEqualTo(first.summary());
    }

    @Test
    void tiesAreBrokenTheSameWayEveryTime() {
        // Constant arrivals and constant service times put many events at the same instant.
        SystemModel model = Queues.model(new Arrivals.Constant(1000), 5, List.of(
                service("api", 2, 1, 10, ms(2), Queues.sync("db", Resilience.NONE)),
                new Component.Database("db", 1, ms(1), 5)), List.of());
        assertThat(Queues.run(model)).isEqualTo(Queues.run(model));
    }

    @Test
    void changingOneComponentsKnobLeavesEveryOtherComponentsDrawsAlone() {
        SystemModel before = spread(new Distribution.Exponential(5));
        SystemModel after = spread(new Distribution.LogNormal(20, 200));
        RunResult one = Queues.run(before);
        RunResult two = Queues.run(after);
        // The balancer's random choices, the arrivals and service a's draws are the same ...
        assertThat(component(two, "a")).isEqualTo(component(one, "a"));
        assertThat(component(two, "b").arrived()).isEqualTo(component(one, "b").arrived());
        assertThat(two.summary().arrived()).isEqualTo(one.summary().arrived());
        // ... while b, whose knob changed, behaves differently.
        assertThat(component(two, "b").meanResponseMs()).isGreaterThan(component(one, "b").meanResponseMs() * 2);
    }

    private static SystemModel spread(Distribution bTime) {
        return Queues.model(new Arrivals.Poisson(200), 30, List.of(
                new Component.LoadBalancer("lb", Component.LoadBalancer.Policy.RANDOM, List.of("a", "b")),
                service("a", 1, 4, 100, new Distribution.Exponential(5)),
                service("b", 1, 4, 100, bTime)), List.of());
    }

    @Test
    void noTimeIsNegativeAndUtilisationStaysBetweenZeroAndOne() {
        RunResult result = Queues.run(busyModel(900, 30));
        for (RunResult.ComponentResult c : result.components()) {
            assertThat(List.of(c.meanResponseMs(), c.meanWaitMs(), c.meanSelfMs(), c.p50Ms(), c.p99Ms(), c.meanQueue(),
                    c.meanInSystem())).allMatch(v -> v >= 0 && Double.isFinite(v));
            assertThat(c.utilisation()).isBetween(0.0, 1.0);
        }
        for (RunResult.Second second : result.seconds()) {
            assertThat(second.p50Ms()).isNotNegative();
            assertThat(second.p99Ms()).isGreaterThanOrEqualTo(second.p95Ms());
            assertThat(second.components()).allMatch(c -> c.utilisation() >= 0 && c.utilisation() <= 1 + 1e-9
                    && c.queueDepth() >= 0 && c.inSystem() >= 0);
        }
        assertThat(result.summary().p99Ms()).isGreaterThanOrEqualTo(result.summary().p50Ms()).isNotNegative();
    }

    @Test
    void aRunThatHitsTheEventBoundStopsAndSaysWhere() {
        RunResult result = Simulation.run(busyModel(800, 10), RunOptions.DEFAULTS.withMaxEvents(10_000));
        assertThat(result.events()).isEqualTo(10_000);
        assertThat(result.cutoff()).isNotNull();
        assertThat(result.cutoff().bound()).isEqualTo(RunResult.Cutoff.Bound.EVENTS);
        assertThat(result.cutoff().atSecond()).isEqualTo(result.simulatedSeconds()).isLessThan(40);
        assertThat(result.reading()).contains("cut off");
        RunResult.Summary s = result.summary();
        assertThat(s.arrived()).isEqualTo(s.completed() + s.failed() + s.inFlight());
    }

    @Test
    void aRunThatHitsTheWallTimeBoundStopsAndSaysWhere() {
        SystemModel huge = Queues.model(new Arrivals.Poisson(1_000_000), 3600,
                List.of(service("api", 1000, 8, 100, new Distribution.Exponential(5))), List.of());
        long started = System.nanoTime();
        RunResult result = Simulation.run(huge, RunOptions.DEFAULTS.withMaxEvents(Long.MAX_VALUE).withMaxWallMillis(200));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertThat(result.cutoff().bound()).isEqualTo(RunResult.Cutoff.Bound.WALL_TIME);
        assertThat(result.simulatedSeconds()).isLessThan(3600);
    }

    @Test
    void anAbsurdDurationIsCutOffByTheBoundsWithoutExhaustingMemory() {
        SystemModel forever = Queues.model(new Arrivals.Poisson(1), 1e12, List.of(service("api", 1, 1, 10, ms(1))), List.of());
        assertThat(Simulation.estimate(forever, RunOptions.DEFAULTS).exceeds(RunOptions.DEFAULTS)).isTrue();
        RunResult result = Simulation.run(forever, RunOptions.DEFAULTS.withMaxEvents(200_000));
        assertThat(result.cutoff().bound()).isEqualTo(RunResult.Cutoff.Bound.EVENTS);
        assertThat(result.seconds().size()).isLessThan(200_000);
        RunResult.Summary s = result.summary();
        assertThat(s.arrived()).isEqualTo(s.completed() + s.failed() + s.inFlight());
    }

    @Test
    void theSizeOfARunIsKnownBeforeRunningIt() {
        SystemModel model = Queues.model(new Arrivals.Poisson(1000), 600, List.of(
                new Component.Cache("cache", 0.9, ms(1), 60, Call.sync("api")),
                service("api", 2, 4, 10, ms(1), new Call("db", Call.Mode.SYNC, 0.5, Resilience.NONE)),
                new Component.Database("db", 4, ms(1), 10)), List.of());
        Simulation.SizeEstimate estimate = Simulation.estimate(model, RunOptions.DEFAULTS);
        assertThat(estimate.requests()).isCloseTo(600_000, org.assertj.core.data.Offset.offset(1.0));
        assertThat(estimate.visitsPerRequest()).isCloseTo(1 + 0.1 * 1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(estimate.exceeds(RunOptions.DEFAULTS)).isFalse();
        SystemModel absurd = Queues.model(new Arrivals.Poisson(1e12), 600, model.components(), List.of());
        assertThat(Simulation.estimate(absurd, RunOptions.DEFAULTS).exceeds(RunOptions.DEFAULTS)).isTrue();
        RunResult ran = Queues.run(model);
        assertThat((double) ran.events()).isLessThan(estimate.events());
    }

    @Test
    void littlesLawHoldsForEveryComponent() {
        RunResult result = Queues.run(busyModel(600, 10));
        assertThat(result.littlesLaw()).hasSize(6).allSatisfy(check -> assertThat(check.holds())
                .as("%s", check).isTrue());
    }

    @Test
    void requestTypesHaveTheirOwnServiceTimes() {
        SystemModel model = new SystemModel("types", "Types", "", List.of(), 60, 3,
                new SystemModel.Workload("api", new Arrivals.Poisson(50), List.of(
                        new SystemModel.RequestType("read", 3), new SystemModel.RequestType("write", 1))),
                List.of(new Component.Service("api", 1, 100, 0, Map.of("*", ms(2), "write", ms(10)), List.of(), null)),
                List.of());
        // Never queued (100 workers), so the mean is the mix of the two constants: 0.75 × 2 + 0.25 × 10 = 4 ms.
        assertThat(component(Queues.run(model), "api").meanResponseMs()).isCloseTo(4, org.assertj.core.data.Offset.offset(0.2));
    }
}
