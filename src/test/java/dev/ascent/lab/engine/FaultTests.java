package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ascent.lab.engine.Queues.component;
import static dev.ascent.lab.engine.Queues.ms;
import static dev.ascent.lab.engine.Queues.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Each fault of the timeline does what its Javadoc says, when it says. */
class FaultTests {

    private static SystemModel model(List<Component> components, Fault... faults) {
        return Queues.model(new Arrivals.Constant(100), 40, components, List.of(faults));
    }

    private static double workers(RunResult result, int second) {
        return result.seconds().get(second).components().getFirst().workers();
    }

    @Test
    void killedReplicasFailTheirWorkAndComeBackWhenRestored() {
        RunResult result = Queues.run(model(List.of(service("api", 4, 10, 10, ms(50))),
                new Fault.KillReplicas(10, "api", 2, 10.0)));
        assertThat(workers(result, 9)).isEqualTo(40);
        assertThat(workers(result, 12)).isEqualTo(20);
        assertThat(workers(result, 25)).isEqualTo(40);
        // 100 a second × 50 ms keeps 5 busy: the two killed replicas had half of them.
        RunResult.Second killed = result.seconds().get(10);
        assertThat(killed.failed().dependencyError()).isBetween(2L, 3L);
        assertThat(result.summary().failed()).isEqualTo(killed.failed().total());
    }

    @Test
    void killingEveryReplicaRejectsWhatArrives() {
        RunResult result = Queues.run(model(List.of(service("api", 2, 10, 10, ms(5))),
                new Fault.KillReplicas(10, "api", 5, null)));
        assertThat(result.seconds().subList(11, 40)).allMatch(s -> s.arrivals() > 0 && s.failed().rejected() == s.arrivals() && s.completed() == 0);
    }

    @Test
    void aSlowedComponentTakesFactorTimesLongerWhileTheFaultLasts() {
        RunResult result = Queues.run(model(List.of(
                service("api", 1, 1000, 0, ms(1), Call.sync("ext")), new Component.External("ext", ms(20), 0)),
                new Fault.Slow(10, "ext", 5, 10)));
        // Per-second percentiles are read from a histogram of two significant digits (1%).
        assertThat(result.seconds().get(5).p50Ms()).isCloseTo(21, offset(0.3));
        assertThat(result.seconds().get(15).p50Ms()).isCloseTo(101, offset(1.5));
        assertThat(result.seconds().get(25).p50Ms()).isCloseTo(21, offset(0.3));
    }

    @Test
    void anErrorBurstFailsItsShareWhileItLasts() {
        RunResult result = Queues.run(Queues.model(new Arrivals.Constant(1000), 40,
                List.of(service("api", 1, 100, 0, ms(1))), List.of(new Fault.ErrorBurst(10, "api", 0.3, 10))));
        long during = result.seconds().subList(11, 20).stream().mapToLong(s -> s.failed().dependencyError()).sum();
        assertThat(during / 9000.0).isCloseTo(0.3, offset(0.02));
        assertThat(result.seconds().subList(21, 40)).allMatch(s -> s.failed().total() == 0);
        assertThat(result.seconds().subList(0, 10)).allMatch(s -> s.failed().total() == 0);
    }

    @Test
    void aFailoverPausesTheDatabaseAndQueriesGoOnAfterIt() {
        RunResult result = Queues.run(model(List.of(
                service("api", 1, 1000, 0, ms(0), Call.sync("db")), new Component.Database("db", 50, ms(10), 5000)),
                new Fault.Failover(10, "db", 2)));
        // Queries started during the two seconds wait for its end, nothing fails (the pool wait is long enough),
        // and the worst waited the whole pause.
        assertThat(result.summary().failed()).isZero();
        assertThat(result.seconds().get(5).p99Ms()).isCloseTo(10, offset(0.1));
        assertThat(result.seconds().subList(10, 12)).allMatch(s -> s.completed() == 0);
        assertThat(result.seconds().get(12).p99Ms()).isGreaterThan(1900);
        assertThat(result.seconds().get(20).p99Ms()).isCloseTo(10, offset(0.1));
        assertThat(component(result, "db").maxQueue()).isGreaterThan(100);
    }

    @Test
    void aPartitionWithoutTimeoutHoldsCallsUntilItHealsThenResetsThem() {
        RunResult result = Queues.run(model(List.of(
                service("api", 1, 1000, 0, ms(0), Call.sync("ext")), new Component.External("ext", ms(10), 0)),
                new Fault.Partition(10, "api", "ext", 5)));
        RunResult.Second healed = result.seconds().get(15);
        // Every call made in the five seconds (and those whose answers were on their way) fails when it heals.
        assertThat(healed.failed().dependencyError()).isBetween(500L, 502L);
        assertThat(result.seconds().subList(10, 15)).allMatch(s -> s.completed() == 0 && s.failed().total() == 0);
        assertThat(result.summary().failures().dependencyError()).isEqualTo(result.summary().failed());
        assertThat(result.seconds().get(20).failed().total()).isZero();
    }

    @Test
    void aPartitionWithATimeoutFailsCallsAtTheTimeout() {
        RunResult result = Queues.run(model(List.of(
                service("api", 1, 1000, 0, ms(0), Queues.sync("ext", Queues.timeout(200))),
                new Component.External("ext", ms(10), 0)),
                new Fault.Partition(10, "api", "ext", 5)));
        assertThat(result.summary().failures().timeout()).isBetween(500L, 502L);
        assertThat(result.seconds().subList(11, 15)).allMatch(s -> s.failed().timeout() == 100);
        // The callee never got those calls.
        assertThat(component(result, "ext").arrived()).isCloseTo(3500, offset(3L));
    }

    @Test
    void aCacheFlushSendsEveryRequestToTheDatabaseThenRefillsOverTheTtl() {
        RunResult result = Queues.run(Queues.model(new Arrivals.Constant(1000), 60, List.of(
                new Component.Cache("cache", 0.9, ms(1), 20, Call.sync("db")),
                new Component.Database("db", 1000, ms(10), 100)), List.of(new Fault.CacheFlush(20, "cache"))));
        // Queries in flight at the database: λ × 10 ms with λ = 1,000 × (1 − hit ratio).
        double before = dbInSystem(result, 15);
        assertThat(before).isCloseTo(1.0, offset(0.4));
        assertThat(dbInSystem(result, 20)).isCloseTo(10.0, offset(0.5));
        assertThat(dbInSystem(result, 30)).isCloseTo(5.5, offset(0.7));
        assertThat(dbInSystem(result, 45)).isCloseTo(1.0, offset(0.4));
    }

    private static double dbInSystem(RunResult result, int second) {
        return result.seconds().get(second).components().get(1).inSystem();
    }
}
