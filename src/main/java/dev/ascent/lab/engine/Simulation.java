package dev.ascent.lab.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link SystemModel}: deterministic for a seed, bounded in events and wall time. Plain Java; each call runs
 * on the calling thread and shares nothing with other runs.
 */
public final class Simulation {

    private Simulation() {
    }

    public static RunResult run(SystemModel model, RunOptions options) {
        return run(model, options, List.of());
    }

    /**
     * Runs the model with {@code changes} made at their simulated times (an incident drill's actions). The seconds
     * before the first change's are exactly those of the run without changes.
     *
     * @throws IllegalArgumentException naming what is wrong when a change names an unknown component, a fault the
     *                                  model does not have, a call it does not make, or scales what is not a service
     */
    public static RunResult run(SystemModel model, RunOptions options, List<Change> changes) {
        long seed = options.seed() != null ? options.seed() : model.seed();
        double duration = options.durationSeconds() != null ? options.durationSeconds() : model.durationSeconds();
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("the duration must be a positive number of seconds");
        }
        Engine engine = new Engine(model, changes, seed, duration, Math.min(options.warmupSeconds(), duration));
        engine.run(options.maxEvents(), options.maxWallMillis() * 1_000_000L);
        return ResultBuilder.build(engine, model.id(), seed);
    }

    /**
     * The size of a run, known before running it: requests expected (arrival rate integrated over the duration),
     * component visits a request makes on average (call probabilities, a load balancer's split, a cache's misses;
     * retries not counted), and events that makes, about {@code requests × (1 + 2 × visits)} plus one a simulated
     * second (its close).
     */
    public record SizeEstimate(double requests, double visitsPerRequest, double events) {

        /** Whether the run would certainly hit the event bound of {@code options}. */
        public boolean exceeds(RunOptions options) {
            return events > options.maxEvents();
        }
    }

    public static SizeEstimate estimate(SystemModel model, RunOptions options) {
        double duration = options.durationSeconds() != null ? options.durationSeconds() : model.durationSeconds();
        double requests = ArrivalProcess.expectedCount(model.workload().arrivals(), Math.max(0, duration));
        Map<String, Component> byId = new HashMap<>();
        for (Component c : model.components()) {
            byId.put(c.id(), c);
        }
        double visits = visits(byId, model.workload().entry(), 0);
        return new SizeEstimate(requests, visits, requests * (1 + 2 * visits) + Math.max(0, duration));
    }

    private static double visits(Map<String, Component> byId, String id, int depth) {
        Component c = byId.get(id);
        if (c == null || depth > 32) {
            return 0;
        }
        double below = switch (c) {
            case Component.Service s -> calls(byId, s.calls(), depth);
            case Component.Queue q -> calls(byId, q.calls(), depth);
            case Component.Cache k -> (1 - Math.clamp(k.hitRatio(), 0, 1)) * visits(byId, k.onMiss().target(), depth + 1);
            case Component.LoadBalancer b -> {
                double sum = 0;
                for (String target : b.targets()) {
                    sum += visits(byId, target, depth + 1);
                }
                yield b.targets().isEmpty() ? 0 : sum / b.targets().size();
            }
            case Component.Database d -> 0;
            case Component.External e -> 0;
        };
        return 1 + below;
    }

    private static double calls(Map<String, Component> byId, List<Call> calls, int depth) {
        double sum = 0;
        for (Call call : calls) {
            sum += Math.clamp(call.probability(), 0, 1) * visits(byId, call.target(), depth + 1);
        }
        return sum;
    }
}
