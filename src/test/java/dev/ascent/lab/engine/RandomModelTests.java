package dev.ascent.lab.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random models (every kind of component, resilience and fault, random knobs) keep the engine's guarantees:
 * conservation, finite non-negative times, utilisation within [0, 1], Little's law where there is a steady state,
 * the same run for the same seed.
 * Each model names its seed in the failure message.
 */
class RandomModelTests {

    @Test
    void randomModelsKeepTheGuarantees() {
        for (long seed = 1; seed <= 100; seed++) {
            SystemModel model = randomModel(new Random(seed));
            RunResult result = Simulation.run(model, RunOptions.DEFAULTS.withSeed(seed));
            String name = "model of seed " + seed;
            RunResult.Summary s = result.summary();
            assertThat(s.arrived()).as(name).isEqualTo(s.completed() + s.failed() + s.inFlight());
            assertThat(s.inFlight()).as(name).isNotNegative();
            assertThat(result.cutoff()).as(name).isNull();
            for (RunResult.ComponentResult c : result.components()) {
                assertThat(List.of(c.meanResponseMs(), c.meanWaitMs(), c.meanSelfMs(), c.p99Ms(), c.meanQueue(),
                        c.meanInSystem())).as(name + " " + c.id()).allMatch(v -> v >= 0 && Double.isFinite(v));
                assertThat(c.utilisation()).as(name + " " + c.id()).isBetween(0.0, 1.0);
            }
            for (RunResult.Second second : result.seconds()) {
                assertThat(second.components()).as(name).allMatch(c -> c.utilisation() >= 0
                        && c.utilisation() <= 1 + 1e-9 && c.queueDepth() >= 0 && c.inSystem() >= -1e-9);
            }
            // Little's law is about a steady state: checked where a component ends no fuller than it was on
            // average and its work takes a small part of the run (work still present at the end has no time in W
            // yet, so a growing backlog, or sojourns long against the run, break it).
            for (int i = 0; i < result.components().size(); i++) {
                RunResult.LittleCheck check = result.littlesLaw().get(i);
                double atEnd = result.seconds().getLast().components().get(i).inSystem();
                if (atEnd <= 1.2 * check.measuredL() + 1 && check.meanTimeSeconds() * 50 < result.simulatedSeconds()) {
                    assertThat(check.holds()).as(name + " " + check).isTrue();
                }
            }
            assertThat(result.reading()).as(name).isNotBlank().doesNotContain("null").doesNotContain("NaN");
            if (seed % 25 == 0) {
                assertThat(Simulation.run(model, RunOptions.DEFAULTS.withSeed(seed))).as(name).isEqualTo(result);
            }
            if (seed % 2 == 0) {
                withChanges(model, seed, result);
            }
        }
    }

    /**
     * A few random changes: the seconds before the first one are those of the run without them, requests and each
     * component's failures still add up, and the same changes give the same run.
     */
    private static void withChanges(SystemModel model, long seed, RunResult without) {
        Random r = new Random(-seed);
        List<Change> changes = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            changes.add(randomChange(r, model.faults().size()));
        }
        String name = "model of seed " + seed + " with " + changes;
        RunResult with = Simulation.run(model, RunOptions.DEFAULTS.withSeed(seed), changes);
        int first = (int) Math.floor(changes.stream().mapToDouble(Change::atSecond).min().orElseThrow());
        assertThat(with.seconds().subList(0, first)).as(name).isEqualTo(without.seconds().subList(0, first));
        RunResult.Summary s = with.summary();
        assertThat(with.cutoff()).as(name).isNull();
        assertThat(s.arrived()).as(name).isEqualTo(s.completed() + s.failed() + s.inFlight());
        assertThat(s.inFlight()).as(name).isNotNegative();
        for (int i = 0; i < with.components().size(); i++) {
            int c = i;
            long perSecond = with.seconds().stream().mapToLong(x -> x.components().get(c).failed()).sum();
            assertThat(perSecond).as(name + " " + with.components().get(i).id()).isEqualTo(with.components().get(i).failed().total());
            assertThat(with.components().get(i).utilisation()).as(name).isBetween(0.0, 1.0);
        }
        if (seed % 10 == 0) {
            assertThat(Simulation.run(model, RunOptions.DEFAULTS.withSeed(seed), changes)).as(name).isEqualTo(with);
        }
    }

    private static Change randomChange(Random r, int faults) {
        double at = 1 + r.nextDouble() * 35;
        return switch (r.nextInt(4)) {
            case 0 -> new Change.EndFault(at, r.nextInt(faults));
            case 1 -> new Change.Scale(at, r.nextBoolean() ? "api-1" : "api-2", r.nextBoolean() ? r.nextInt(7) : null,
                    r.nextInt(5) - 2);
            case 2 -> {
                String[][] edges = {{"api-1", "cache"}, {"api-2", "ext"}, {"api-1", "jobs"}, {"cache", "db"}, {"lb", "api-2"}};
                String[] edge = edges[r.nextInt(edges.length)];
                yield new Change.ChangeCall(at, edge[0], edge[1], r.nextBoolean() ? null : 1 + r.nextDouble() * 100,
                        r.nextBoolean() ? null : 1 + r.nextInt(3), r.nextBoolean() ? null : r.nextDouble(),
                        r.nextBoolean() ? null : r.nextBoolean());
            }
            default -> new Change.LimitArrivals(at, r.nextBoolean() ? null : r.nextDouble() * 400);
        };
    }

    private static SystemModel randomModel(Random r) {
        List<Component> components = new ArrayList<>();
        components.add(new Component.LoadBalancer("lb", Component.LoadBalancer.Policy.values()[r.nextInt(3)],
                List.of("api-1", "api-2")));
        for (String api : List.of("api-1", "api-2")) {
            List<Call> calls = new ArrayList<>();
            calls.add(new Call("cache", Call.Mode.SYNC, 1, resilience(r)));
            calls.add(new Call("ext", Call.Mode.SYNC, r.nextDouble(), resilience(r)));
            calls.add(new Call("jobs", Call.Mode.values()[r.nextInt(2)], r.nextDouble(), resilience(r)));
            Autoscaling scaling = r.nextBoolean() ? null : new Autoscaling(0.5 + r.nextDouble() * 0.3, 1, 6, r.nextInt(20), 5);
            components.add(new Component.Service(api, 1 + r.nextInt(3), 1 + r.nextInt(8), r.nextInt(50),
                    Map.of("*", distribution(r)), calls, scaling));
        }
        components.add(new Component.Cache("cache", r.nextDouble(), distribution(r), r.nextInt(30),
                new Call("db", Call.Mode.SYNC, 1, resilience(r))));
        components.add(new Component.Database("db", 1 + r.nextInt(20), distribution(r), r.nextInt(200)));
        components.add(new Component.External("ext", distribution(r), r.nextDouble() * 0.2));
        components.add(new Component.Queue("jobs", r.nextInt(200), 1 + r.nextInt(4), distribution(r),
                List.of(new Call("db", Call.Mode.SYNC, 0.5, Resilience.NONE))));
        List<Fault> faults = List.of(
                new Fault.KillReplicas(r.nextInt(30), "api-1", 1 + r.nextInt(3), r.nextBoolean() ? null : 5.0),
                new Fault.Slow(r.nextInt(30), "db", 1 + r.nextInt(10), r.nextInt(10)),
                new Fault.ErrorBurst(r.nextInt(30), "ext", r.nextDouble(), r.nextInt(10)),
                new Fault.Failover(r.nextInt(30), "db", r.nextDouble() * 3),
                new Fault.Partition(r.nextInt(30), "api-2", "ext", r.nextInt(10)),
                new Fault.CacheFlush(r.nextInt(30), "cache"));
        Arrivals arrivals = switch (r.nextInt(5)) {
            case 0 -> new Arrivals.Constant(50 + r.nextInt(500));
            case 1 -> new Arrivals.Poisson(50 + r.nextInt(500));
            case 2 -> new Arrivals.Ramp(r.nextInt(100), r.nextInt(800), 20);
            case 3 -> new Arrivals.Spike(100, 100 + r.nextInt(1000), r.nextInt(20), r.nextInt(10));
            default -> new Arrivals.Diurnal(200, r.nextInt(400) - 200, 10 + r.nextInt(30));
        };
        return new SystemModel("random", "Random", "", List.of(), 40, r.nextLong(),
                new SystemModel.Workload("lb", arrivals, List.of(new SystemModel.RequestType("a", 1),
                        new SystemModel.RequestType("b", r.nextDouble()))), components, faults);
    }

    private static Distribution distribution(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> new Distribution.Constant(r.nextDouble() * 20);
            case 1 -> new Distribution.Exponential(0.1 + r.nextDouble() * 20);
            case 2 -> new Distribution.LogNormal(1 + r.nextDouble() * 10, 20 + r.nextDouble() * 100);
            default -> new Distribution.Percentiles(List.of(new Distribution.Percentiles.Point(0.5, 5),
                    new Distribution.Percentiles.Point(0.99, 5 + r.nextDouble() * 100)));
        };
    }

    private static Resilience resilience(Random r) {
        return new Resilience(
                r.nextBoolean() ? null : 5 + r.nextDouble() * 200,
                r.nextBoolean() ? null : new Resilience.Retry(1 + r.nextInt(4), r.nextDouble() * 50, 1 + r.nextDouble(), r.nextBoolean()),
                r.nextBoolean() ? null : new Resilience.CircuitBreaker(0.2 + r.nextDouble() * 0.6, 5 + r.nextInt(20), r.nextDouble() * 5),
                r.nextBoolean() ? null : new Resilience.RateLimit(50 + r.nextInt(500), 1 + r.nextInt(50)),
                r.nextBoolean() ? null : new Resilience.Bulkhead(1 + r.nextInt(50)));
    }
}
