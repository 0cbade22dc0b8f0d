package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ascent.lab.engine.Queues.component;
import static dev.ascent.lab.engine.Queues.ms;
import static dev.ascent.lab.engine.Queues.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Each kind of component behaves as its Javadoc says. */
class ComponentTests {

    private static RunResult balanced(Component.LoadBalancer.Policy policy, Distribution slowTime) {
        return Queues.run(Queues.model(new Arrivals.Poisson(300), 60, List.of(
                new Component.LoadBalancer("lb", policy, List.of("a", "b", "c")),
                service("a", 1, 8, 100, new Distribution.Exponential(5)),
                service("b", 1, 8, 100, new Distribution.Exponential(5)),
                service("c", 1, 8, 100, slowTime)), List.of()));
    }

    @Test
    void roundRobinTakesTurns() {
        RunResult result = balanced(Component.LoadBalancer.Policy.ROUND_ROBIN, new Distribution.Exponential(5));
        long a = component(result, "a").arrived();
        assertThat(List.of(component(result, "b").arrived(), component(result, "c").arrived()))
                .allMatch(n -> Math.abs(n - a) <= 1);
    }

    @Test
    void randomSpreadsAboutEvenly() {
        RunResult result = balanced(Component.LoadBalancer.Policy.RANDOM, new Distribution.Exponential(5));
        long total = result.summary().arrived();
        assertThat(List.of("a", "b", "c")).allSatisfy(id ->
                assertThat((double) component(result, id).arrived() / total).isCloseTo(1 / 3.0, offset(0.02)));
    }

    @Test
    void leastConnectionsSendsLessToTheSlowTarget() {
        RunResult result = balanced(Component.LoadBalancer.Policy.LEAST_CONNECTIONS, new Distribution.Exponential(40));
        assertThat(component(result, "c").arrived()).isLessThan(component(result, "a").arrived() / 2);
    }

    @Test
    void aServiceRejectsBeyondItsQueueCapacity() {
        // Two replicas × 2 workers at 10 ms serve 400 a second; 600 arrive.
        RunResult result = Queues.run(Queues.model(600, 30, List.of(
                service("api", 2, 2, 5, new Distribution.Exponential(10)))));
        RunResult.ComponentResult api = component(result, "api");
        assertThat(api.maxQueue()).isEqualTo(10);
        assertThat(api.failed().rejected()).isGreaterThan(api.arrived() / 4);
        assertThat(api.utilisation()).isGreaterThan(0.95);
        assertThat(api.throughputPerSecond()).isCloseTo(400, offset(15.0));
    }

    @Test
    void synchronousCallsAddTheirTimeInOrderAndPublishesDoNot() {
        RunResult result = Queues.run(Queues.model(50, 60, List.of(
                service("api", 1, 100, 0, ms(1), Queues.sync("db", Resilience.NONE), Queues.async("jobs"),
                        Queues.sync("ext", Resilience.NONE)),
                new Component.Database("db", 100, ms(10), 100),
                new Component.Queue("jobs", 1000, 1, ms(500), List.of()),
                new Component.External("ext", ms(5), 0))));
        assertThat(component(result, "api").meanResponseMs()).isCloseTo(16, offset(1e-6));
        assertThat(component(result, "api").meanSelfMs()).isCloseTo(1, offset(1e-6));
        // The slow consumer's queue grows; the publisher never waits for it.
        assertThat(component(result, "jobs").maxQueue()).isGreaterThan(500);
    }

    @Test
    void aCallIsMadeWithItsProbability() {
        RunResult result = Queues.run(Queues.model(500, 60, List.of(
                service("api", 1, 100, 0, ms(1), new Call("audit", Call.Mode.SYNC, 0.3, Resilience.NONE)),
                new Component.External("audit", ms(1), 0))));
        double share = (double) component(result, "audit").arrived() / component(result, "api").arrived();
        assertThat(share).isCloseTo(0.3, offset(0.01));
    }

    @Test
    void aCacheAnswersItsHitsAndSendsItsMissesOn() {
        RunResult result = Queues.run(Queues.model(500, 60, List.of(
                new Component.Cache("cache", 0.8, ms(1), 30, Call.sync("db")),
                new Component.Database("db", 100, ms(20), 100))));
        double missShare = (double) component(result, "db").arrived() / component(result, "cache").arrived();
        assertThat(missShare).isCloseTo(0.2, offset(0.01));
        assertThat(component(result, "cache").meanResponseMs()).isCloseTo(0.8 * 1 + 0.2 * 20, offset(0.2));
    }

    @Test
    void anExhaustedConnectionPoolRejectsCallersAfterTheirWait() {
        // 4 connections at 20 ms serve 200 queries a second; 300 arrive and wait up to 50 ms.
        RunResult result = Queues.run(Queues.model(300, 30, List.of(
                service("api", 1, 1000, 0, ms(0), Call.sync("db")),
                new Component.Database("db", 4, ms(20), 50))));
        RunResult.ComponentResult db = component(result, "db");
        assertThat(db.utilisation()).isGreaterThan(0.97);
        assertThat(db.failed().rejected()).isCloseTo(db.arrived() / 3, offset(db.arrived() / 20));
        assertThat(result.summary().failures().rejected()).isEqualTo(result.summary().failed());
        assertThat(db.meanWaitMs()).isGreaterThan(30).isLessThanOrEqualTo(50);
    }

    @Test
    void aFullBrokerRejectsPublishesAndItsConsumersWorkThroughTheRest() {
        // Two consumers at 10 ms take 200 messages a second; 300 are published; room for 100.
        RunResult result = Queues.run(Queues.model(300, 30, List.of(
                service("api", 1, 1000, 0, ms(1), Call.sync("jobs")),
                new Component.Queue("jobs", 100, 2, ms(10), List.of(Call.sync("ext"))),
                new Component.External("ext", ms(0), 0))));
        RunResult.ComponentResult jobs = component(result, "jobs");
        assertThat(jobs.maxQueue()).isEqualTo(100);
        assertThat(jobs.failed().rejected()).isCloseTo(jobs.arrived() / 3, offset(jobs.arrived() / 20));
        assertThat(component(result, "ext").arrived()).isCloseTo(200 * 30, offset(200L));
        // A publish that got in is answered at once: the api's time is its own millisecond.
        assertThat(component(result, "api").meanResponseMs()).isCloseTo(1, offset(1e-6));
    }

    @Test
    void anExternalDependencyFailsItsShareOfCalls() {
        RunResult result = Queues.run(Queues.model(500, 60, List.of(
                new Component.External("payments", new Distribution.Percentiles(List.of(
                        new Distribution.Percentiles.Point(0.5, 20), new Distribution.Percentiles.Point(0.99, 120),
                        new Distribution.Percentiles.Point(1, 400))), 0.05))));
        RunResult.ComponentResult payments = component(result, "payments");
        assertThat((double) payments.failed().dependencyError() / payments.arrived()).isCloseTo(0.05, offset(0.005));
        // p95 interpolated between p50 = 20 and p99 = 120: 20 + 100 × 0.45 / 0.49.
        assertThat(payments.p50Ms()).isCloseTo(20, offset(1.0));
        assertThat(payments.p95Ms()).isCloseTo(111.8, offset(3.0));
    }

    @Test
    void autoscalingAddsReplicasAfterTheProvisioningDelay() {
        Component.Service api = new Component.Service("api", 2, 4, 1000, java.util.Map.of("*", ms(20)), List.of(),
                new Autoscaling(0.6, 2, 10, 30, 5));
        // 200 a second need 4 workers (one replica; the minimum is two); the spike to 1,000 at second 60 needs 20.
        RunResult result = Queues.run(Queues.model(new Arrivals.Spike(200, 1000, 60, 120), 240, List.of(api), List.of()));
        List<Double> workers = result.seconds().stream().map(s -> s.components().getFirst().workers()).toList();
        // Saturated, the service asks at second 65 for 2 × 100% / 60% = 4 replicas, which take work 30 s later;
        // still saturated, it asks for 7 (ready at 125), then for the most it may have, 10 (ready at 155).
        assertThat(workers.subList(0, 95)).containsOnly(8.0);
        assertThat(workers.subList(95, 125)).containsOnly(16.0);
        assertThat(workers.subList(125, 155)).containsOnly(28.0);
        assertThat(workers.get(157)).isEqualTo(40.0);
        assertThat(result.seconds().get(90).components().getFirst().queueDepth()).isGreaterThan(1000);
        // After the spike it shrinks back to its minimum.
        assertThat(workers.get(230)).isEqualTo(8.0);
    }

    @Test
    void theBottleneckIsNamedWithItsEvidenceAndReadInPlainWords() {
        // The api's four workers at 10 ms serve 400 a second; 450 arrive; the gateway waits up to a second.
        RunResult result = Queues.run(Queues.model(new Arrivals.Poisson(450), 120, List.of(
                service("gateway", 4, 200, 100, ms(1), Queues.sync("api", Queues.timeout(1000))),
                service("api", 2, 2, 500, new Distribution.Exponential(10)),
                new Component.Database("db", 20, ms(5), 100)), List.of()));
        RunResult.Bottleneck b = result.bottleneck();
        assertThat(b.component()).isEqualTo("api");
        assertThat(b.saturated()).isTrue();
        assertThat(b.utilisation()).isGreaterThan(0.99);
        assertThat(b.busyFromSecond()).isLessThan(5);
        assertThat(b.queueAtEnd()).isGreaterThan(b.queueAtStart()).isGreaterThan(900);
        assertThat(b.latencyComponent()).isEqualTo("api");
        assertThat(b.latencyShare()).isGreaterThan(0.9);
        assertThat(b.evidence()).startsWith("api: 100% busy over the run").contains("queue").contains("accrued at api");
        assertThat(result.reading()).startsWith("api was the bottleneck: 100% busy over the run, first 90% busy in second")
                .contains("timed out").contains("p99");
    }

    @Test
    void aServiceWhoseWorkersWaitOnACalleeIsNotNamedBeforeTheCallee() {
        // Both are all busy, but the gateway's workers are blocked on the api, whose workers do the work.
        RunResult result = Queues.run(Queues.model(new Arrivals.Poisson(450), 60, List.of(
                service("gateway", 1, 100, 100, ms(1), Call.sync("api")),
                service("api", 2, 2, 500, new Distribution.Exponential(10))), List.of()));
        assertThat(result.components()).allMatch(c -> c.utilisation() > 0.98);
        assertThat(result.bottleneck().component()).isEqualTo("api");
    }

    @Test
    void aHealthySystemIsReadAsSuch() {
        RunResult result = Queues.run(Queues.model(100, 60, List.of(
                service("api", 2, 4, 100, new Distribution.Exponential(10)))));
        assertThat(result.bottleneck().saturated()).isFalse();
        assertThat(result.reading()).matches("No component was saturated: the busiest, api, was 1[23]% busy\\. .*")
                .contains("No request failed");
    }
}
