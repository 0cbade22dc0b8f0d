package dev.ascent.bench;

import dev.ascent.lab.engine.Arrivals;
import dev.ascent.lab.engine.Call;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Distribution;
import dev.ascent.lab.engine.Resilience;
import dev.ascent.lab.engine.RunOptions;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The lab's engine on one core: a 10-minute simulated run at 1,000 requests a second through a 6-component model
 * (a balancer, two services with timeouts and retries, a cache, a database, a broker with consumers), timed per run
 * (target under 3 s) and counted in events a second (target at least 5 million).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LabEngineBenchmark {

    private SystemModel model;
    private RunOptions options;

    /** Events processed, reported by JMH as a rate (events a second). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup
    public void model() {
        model = sixComponents();
        options = RunOptions.DEFAULTS.withMaxWallMillis(60_000);
    }

    static SystemModel sixComponents() {
        Resilience guarded = new Resilience(200.0, new Resilience.Retry(2, 10, 2, true), null, null, null);
        List<Call> apiCalls = List.of(
                new Call("cache", Call.Mode.SYNC, 1.0, guarded),
                new Call("events", Call.Mode.ASYNC, 0.2, Resilience.NONE));
        List<Component> components = List.of(
                new Component.LoadBalancer("gateway", Component.LoadBalancer.Policy.ROUND_ROBIN, List.of("api-a", "api-b")),
                new Component.Service("api-a", 4, 8, 100, Map.of("*", new Distribution.Exponential(5)), apiCalls, null),
                new Component.Service("api-b", 4, 8, 100, Map.of("*", new Distribution.Exponential(5)), apiCalls, null),
                new Component.Cache("cache", 0.8, new Distribution.Constant(1), 60, Call.sync("db")),
                new Component.Database("db", 20, new Distribution.LogNormal(5, 40), 100),
                new Component.Queue("events", 10_000, 2, new Distribution.Exponential(2), List.of()));
        return new SystemModel("bench", "Six components", "", List.of(), 600, 42,
                new SystemModel.Workload("gateway", new Arrivals.Poisson(1000), List.of(new SystemModel.RequestType("r", 1))),
                components, List.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RunResult tenMinutesAtOneThousandPerSecond() {
        return Simulation.run(model, options);
    }

    /** The same runs; JMH reports the {@code events} counter as events a second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public RunResult eventsPerSecond(Events counter) {
        RunResult result = Simulation.run(model, options);
        counter.events += result.events();
        return result;
    }
}
