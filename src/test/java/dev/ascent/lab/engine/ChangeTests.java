package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ascent.lab.engine.Queues.component;
import static dev.ascent.lab.engine.Queues.ms;
import static dev.ascent.lab.engine.Queues.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** Changes made while a model runs (an incident drill's actions) take effect at their second, and only then. */
class ChangeTests {

    /** An api calling a 20 ms external dependency, 100 requests a second for 40 seconds. */
    private static SystemModel apiAndExt(Resilience resilience, Fault... faults) {
        return Queues.model(new Arrivals.Constant(100), 40, List.of(
                service("api", 1, 1000, 0, ms(1), Queues.sync("ext", resilience)),
                new Component.External("ext", ms(20), 0)), List.of(faults));
    }

    private static RunResult run(SystemModel model, Change... changes) {
        return Simulation.run(model, RunOptions.DEFAULTS, List.of(changes));
    }

    private static RunResult.ComponentSecond at(RunResult result, int second, String id) {
        return result.seconds().get(second).components().stream().filter(c -> c.component().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void everySecondBeforeTheChangeIsThatOfTheRunWithoutIt() {
        SystemModel model = EngineTests.busyModel(800, 10);
        RunResult without = Queues.run(model);
        List<List<Change>> variants = List.of(
                List.of(new Change.Scale(17.4, "api-b", null, 3)),
                List.of(new Change.ChangeCall(17.4, "api-a", "ext", 5.0, 1, 0.3, true)),
                List.of(new Change.EndFault(17.4, 1), new Change.LimitArrivals(17.4, 300.0)),
                List.of(new Change.EndFault(17.4, 0), new Change.ChangeCall(17.4, "gateway", "api-a", null, null, null, true)));
        for (List<Change> changes : variants) {
            RunResult with = Simulation.run(model, RunOptions.DEFAULTS, changes);
            assertThat(with.seconds().subList(0, 17)).as(changes.toString()).isEqualTo(without.seconds().subList(0, 17));
            assertThat(with.seconds().subList(17, 40)).as(changes.toString()).isNotEqualTo(without.seconds().subList(17, 40));
            assertThat(Simulation.run(model, RunOptions.DEFAULTS, changes)).as(changes.toString()).isEqualTo(with);
        }
    }

    @Test
    void requestsAreConservedAndEachComponentsFailuresAddUpOverTheSeconds() {
        RunResult result = run(EngineTests.busyModel(800, 10),
                new Change.Scale(12, "api-a", 1, 0),
                new Change.ChangeCall(15, "api-a", "ext", 10.0, 4, null, null),
                new Change.LimitArrivals(18, 500.0),
                new Change.EndFault(21, 1),
                new Change.ChangeCall(22, "api-a", "ext", null, null, null, true),
                new Change.ChangeCall(30, "api-a", "ext", null, null, null, false),
                new Change.Scale(26, "api-b", null, -1));
        RunResult.Summary s = result.summary();
        assertThat(s.failed()).isPositive();
        assertThat(s.failures().rateLimited()).isPositive();
        assertThat(s.arrived()).isEqualTo(s.completed() + s.failed() + s.inFlight());
        assertThat(result.seconds().stream().mapToLong(RunResult.Second::arrivals).sum()).isEqualTo(s.arrived());
        long ended = result.seconds().stream().mapToLong(x -> x.completed() + x.failed().total()).sum();
        assertThat(ended).isEqualTo(s.completed() + s.failed());
        for (RunResult.ComponentResult c : result.components()) {
            long perSecond = result.seconds().stream().mapToLong(x -> at(result, x.second(), c.id()).failed()).sum();
            assertThat(perSecond).as(c.id()).isEqualTo(c.failed().total());
        }
        assertThat(component(result, "ext").failed().total()).isPositive();
    }

    @Test
    void scalingUpDropsUtilisationAndQueue() {
        SystemModel model = Queues.model(new Arrivals.Poisson(180), 40, List.of(service("api", 2, ms(10))), List.of());
        RunResult result = run(model, new Change.Scale(20, "api", 6, 0));
        double before = result.seconds().subList(5, 20).stream().mapToDouble(s -> s.components().getFirst().utilisation()).average().orElseThrow();
        double after = result.seconds().subList(22, 40).stream().mapToDouble(s -> s.components().getFirst().utilisation()).average().orElseThrow();
        assertThat(before).isCloseTo(0.9, offset(0.05));
        assertThat(after).isCloseTo(0.3, offset(0.03));
        assertThat(at(result, 30, "api").workers()).isEqualTo(6);
        double queueBefore = result.seconds().subList(5, 20).stream().mapToDouble(s -> s.components().getFirst().queueDepth()).average().orElseThrow();
        double queueAfter = result.seconds().subList(22, 40).stream().mapToDouble(s -> s.components().getFirst().queueDepth()).average().orElseThrow();
        assertThat(queueBefore).isGreaterThan(2);
        assertThat(queueAfter).isLessThan(0.05);
    }

    @Test
    void scalingInLetsWorkFinishAndRejectsWhatNoLongerFitsTheWaitingRoom() {
        // 500 a second against 4 × 100 a second: the waiting room of 4 × 100 is full from second 4 on.
        SystemModel model = Queues.model(new Arrivals.Constant(500), 40, List.of(service("api", 4, 1, 100, ms(10))), List.of());
        RunResult result = run(model, new Change.Scale(20.5, "api", null, -3));
        // In second 20: 100 a second over capacity for half of it (50), the 300 beyond the new waiting room of 100
        // at once, then 400 a second over the one replica's capacity (200).
        assertThat(result.seconds().get(20).failed().rejected()).isBetween(548L, 552L);
        assertThat(result.seconds().get(20).failed().dependencyError()).isZero();
        assertThat(at(result, 22, "api").workers()).isEqualTo(1);
        assertThat(at(result, 22, "api").queueDepth()).isCloseTo(100, offset(1.0));
        assertThat(result.seconds().get(25).completed()).isEqualTo(100);
    }

    @Test
    void anAutoscaledServiceKeepsAManualScaleBeyondItsMaximum() {
        Autoscaling scaling = new Autoscaling(0.7, 1, 2, 0, 5);
        SystemModel model = Queues.model(new Arrivals.Constant(600), 60, List.of(new Component.Service("api", 2, 1, 1000,
                java.util.Map.of("*", ms(10)), List.of(), scaling)), List.of());
        RunResult result = run(model, new Change.Scale(20, "api", 8, 0));
        assertThat(at(result, 19, "api").workers()).isEqualTo(2);
        // 600 a second × 10 ms keeps 6 of 8 busy (75%): the autoscaler wants 9 and its maximum is now 8.
        assertThat(result.seconds().subList(21, 60)).allMatch(s -> s.components().getFirst().workers() == 8);
    }

    @Test
    void endingASlowFaultBringsLatencyBackAtOnce() {
        RunResult result = run(apiAndExt(Resilience.NONE, new Fault.Slow(10, "ext", 5, 20)), new Change.EndFault(15, 0));
        assertThat(result.seconds().get(12).p50Ms()).isCloseTo(101, offset(1.5));
        assertThat(result.seconds().get(16).p50Ms()).isCloseTo(21, offset(0.3));
        assertThat(result.seconds().get(35).p50Ms()).isCloseTo(21, offset(0.3));
    }

    @Test
    void endingAKillBringsTheReplicasBackAndAKillEndedBeforeItStartsNeverHappens() {
        SystemModel model = Queues.model(new Arrivals.Constant(100), 40, List.of(service("api", 4, 10, 10, ms(50))),
                List.of(new Fault.KillReplicas(10, "api", 2, 25.0), new Fault.KillReplicas(30, "api", 3, null)));
        RunResult result = run(model, new Change.EndFault(20, 0), new Change.EndFault(25, 1));
        assertThat(at(result, 15, "api").workers()).isEqualTo(20);
        assertThat(at(result, 21, "api").workers()).isEqualTo(40);
        // Its own restore at second 35 adds nothing, and the second kill never starts.
        assertThat(result.seconds().subList(21, 40)).allMatch(s -> s.components().getFirst().workers() == 40
                && s.failed().total() == 0);
    }

    @Test
    void endingAPartitionEarlyHealsItAtOnce() {
        RunResult result = run(apiAndExt(Resilience.NONE, new Fault.Partition(10, "api", "ext", 20)),
                new Change.EndFault(15, 0));
        // The calls held since second 10 fail at the heal, not at the partition's planned end (30).
        assertThat(result.seconds().get(15).failed().dependencyError()).isBetween(500L, 502L);
        assertThat(result.seconds().subList(10, 15)).allMatch(s -> s.completed() == 0 && s.failed().total() == 0);
        assertThat(result.seconds().subList(16, 40)).allMatch(s -> s.completed() == 100 && s.failed().total() == 0);
        assertThat(at(result, 15, "api").failed()).isBetween(500L, 502L);
    }

    @Test
    void aCallThatWentOutWithoutATimeoutStillFailsAtTheHealWhenATimeoutIsSetMeanwhile() {
        SystemModel model = Queues.model(new Arrivals.Constant(100), 30, List.of(
                service("api", 1, 1000, 0, ms(0), Call.sync("ext")), new Component.External("ext", ms(3000), 0)),
                List.of(new Fault.Partition(11, "api", "ext", 5)));
        RunResult result = run(model, new Change.ChangeCall(10, "api", "ext", 100.0, null, null, null));
        // Calls made in seconds 8 and 9 had no timeout; their answers, due in 11 and 12, are lost: they fail at 16.
        assertThat(result.seconds().get(16).failed().dependencyError()).isBetween(199L, 201L);
        assertThat(result.seconds().get(11).failed().timeout()).isBetween(99L, 101L);
        // Nothing hangs: what is in flight at the end is the last 100 ms of calls, waiting on their timeout.
        assertThat(result.summary().inFlight()).isBetween(9L, 11L);
    }

    @Test
    void endingAFailoverEarlyLetsQueriesGoOn() {
        SystemModel model = Queues.model(new Arrivals.Constant(100), 40, List.of(
                service("api", 1, 1000, 0, ms(0), Call.sync("db")), new Component.Database("db", 50, ms(10), 5000)),
                List.of(new Fault.Failover(10, "db", 10)));
        RunResult result = run(model, new Change.EndFault(12, 0));
        assertThat(result.summary().failed()).isZero();
        assertThat(result.seconds().subList(10, 12)).allMatch(s -> s.completed() == 0);
        assertThat(result.seconds().get(12).completed()).isGreaterThan(250);
        assertThat(result.seconds().get(12).p99Ms()).isBetween(1900.0, 2050.0);
        assertThat(result.seconds().get(14).p99Ms()).isCloseTo(10, offset(0.1));
    }

    @Test
    void aShorterTimeoutShowsInTimeoutsFromItsSecondOn() {
        RunResult result = run(apiAndExt(Resilience.NONE), new Change.ChangeCall(10, "api", "ext", 15.0, null, null, null));
        assertThat(result.seconds().subList(0, 10)).allMatch(s -> s.failed().total() == 0);
        // Calls made before second 10 keep waiting without a timeout and complete.
        assertThat(result.seconds().get(10).completed()).isEqualTo(2);
        assertThat(result.seconds().subList(11, 40)).allMatch(s -> s.failed().timeout() == 100 && s.completed() == 0);
    }

    @Test
    void anOpenedCircuitFailsCallsAtOnceUntilItIsClosed() {
        RunResult result = run(apiAndExt(Resilience.NONE),
                new Change.ChangeCall(10, "api", "ext", null, null, null, true),
                new Change.ChangeCall(20, "api", "ext", null, null, null, false));
        assertThat(result.seconds().subList(10, 20)).allMatch(s -> s.failed().circuitOpen() == 100);
        assertThat(result.seconds().subList(11, 20)).allMatch(s -> s.components().get(1).inSystem() == 0);
        assertThat(result.seconds().subList(21, 40)).allMatch(s -> s.completed() == 100 && s.failed().total() == 0);
        // Constant gaps add up in floating point: one arrival may fall on either side of a second.
        assertThat(component(result, "ext").arrived()).isCloseTo(3000, offset(2L));
    }

    @Test
    void closingACircuitTheBreakerOpenedLetsCallsThroughAgain() {
        Resilience breaker = new Resilience(null, null, new Resilience.CircuitBreaker(0.5, 10, 600), null, null);
        SystemModel model = Queues.model(new Arrivals.Constant(100), 30, List.of(
                service("api", 1, 1000, 0, ms(1), Queues.sync("ext", breaker)), new Component.External("ext", ms(20), 0)),
                List.of(new Fault.ErrorBurst(5, "ext", 1, 5)));
        RunResult result = run(model, new Change.ChangeCall(15, "api", "ext", null, null, null, false));
        assertThat(result.seconds().subList(7, 15)).allMatch(s -> s.failed().circuitOpen() == 100);
        assertThat(result.seconds().subList(16, 30)).allMatch(s -> s.completed() == 100 && s.failed().total() == 0);
    }

    @Test
    void anOpenedCircuitDropsPublishes() {
        SystemModel model = Queues.model(new Arrivals.Constant(100), 20, List.of(
                service("api", 1, 1000, 0, ms(1), Queues.async("jobs")),
                new Component.Queue("jobs", 100, 4, ms(1), List.of())), List.of());
        RunResult result = run(model, new Change.ChangeCall(10, "api", "jobs", null, null, null, true));
        assertThat(component(result, "jobs").arrived()).isCloseTo(1000, offset(2L));
        assertThat(result.summary().failed()).isZero();
    }

    @Test
    void aCallWithProbabilityZeroSendsTheTargetNothingMore() {
        RunResult result = run(apiAndExt(Resilience.NONE), new Change.ChangeCall(10, "api", "ext", null, null, 0.0, null));
        assertThat(component(result, "ext").arrived()).isCloseTo(1000, offset(2L));
        assertThat(result.seconds().subList(11, 40)).allMatch(s -> s.components().get(1).inSystem() == 0 && s.completed() == 100);
    }

    @Test
    void moreAttemptsRetryFailedCalls() {
        SystemModel model = Queues.model(new Arrivals.Constant(1000), 20, List.of(
                service("api", 1, 1000, 0, ms(1), Call.sync("ext")), new Component.External("ext", ms(5), 0.5)), List.of());
        RunResult result = run(model, new Change.ChangeCall(10, "api", "ext", null, 3, null, null));
        double before = result.seconds().subList(2, 10).stream().mapToLong(s -> s.failed().total()).sum() / 8000.0;
        double after = result.seconds().subList(11, 20).stream().mapToLong(s -> s.failed().total()).sum() / 9000.0;
        assertThat(before).isCloseTo(0.5, offset(0.03));
        assertThat(after).isCloseTo(0.125, offset(0.02));
    }

    @Test
    void limitingArrivalsFailsWhatIsOverTheLimitUntilItIsLifted() {
        SystemModel model = Queues.model(new Arrivals.Constant(500), 40, List.of(service("api", 1, 1000, 0, ms(1))), List.of());
        RunResult result = run(model, new Change.LimitArrivals(10, 200.0), new Change.LimitArrivals(20, null));
        assertThat(result.seconds().subList(0, 10)).allMatch(s -> s.failed().total() == 0);
        // The bucket starts with one second's worth: the first second lets 200 more through.
        assertThat(result.seconds().get(10).failed().rateLimited()).isBetween(98L, 102L);
        assertThat(result.seconds().subList(11, 20)).allMatch(s -> s.failed().rateLimited() >= 299 && s.failed().rateLimited() <= 301
                && s.arrivals() - s.failed().rateLimited() == 200 && s.completed() + s.failed().total() == s.arrivals());
        assertThat(result.seconds().subList(11, 20)).allMatch(s -> s.components().getFirst().failed() == s.failed().rateLimited());
        assertThat(result.seconds().subList(20, 40)).allMatch(s -> s.failed().total() == 0);
        assertThat(component(result, "api").failed().rateLimited()).isEqualTo(result.summary().failures().rateLimited());
        assertThat(component(result, "api").arrived()).isEqualTo(result.summary().arrived());
    }

    @Test
    void badChangesAreRefusedBeforeTheRunNamingWhatIsWrong() {
        SystemModel model = EngineTests.busyModel(100, 10);
        assertRefused(model, new Change.Scale(5, "nope", 3, 0), "a change names unknown component nope");
        assertRefused(model, new Change.Scale(5, "db", 3, 0), "a change scales db, which is a database, not a service");
        assertRefused(model, new Change.ChangeCall(5, "api-b", "ext", 10.0, null, null, null),
                "a change names the call from api-b to ext, which the model does not make");
        assertRefused(model, new Change.ChangeCall(5, "api-a", "elsewhere", 10.0, null, null, null),
                "a change names unknown component elsewhere");
        assertRefused(model, new Change.EndFault(5, 3), "a change ends fault 3, but the model has 3 faults");
        assertRefused(model, new Change.LimitArrivals(5, -1.0),
                "a change limits arrivals to -1.0 a second; the limit must be a finite number, 0 or more");
        assertRefused(model, new Change.ChangeCall(5, "api-a", "ext", null, 0, null, null),
                "a change sets the attempts of api-a → ext to 0; it must be at least 1");
        assertRefused(model, new Change.ChangeCall(5, "api-a", "ext", null, null, 1.5, null),
                "a change sets the probability of api-a → ext to 1.5; it must be between 0 and 1");
        assertRefused(model, new Change.ChangeCall(5, "api-a", "ext", 0.0, null, null, null),
                "a change sets the timeout of api-a → ext to 0.0 ms; it must be a finite number above 0");
        assertRefused(model, new Change.Scale(Double.NaN, "api-a", 3, 0), "a change must happen at a finite second, not NaN");
    }

    private static void assertRefused(SystemModel model, Change change, String message) {
        assertThatThrownBy(() -> Simulation.run(model, RunOptions.DEFAULTS, List.of(change)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
