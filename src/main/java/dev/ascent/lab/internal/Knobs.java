package dev.ascent.lab.internal;

import dev.ascent.lab.Knob;
import dev.ascent.lab.engine.Arrivals;
import dev.ascent.lab.engine.Call;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Distribution;
import dev.ascent.lab.engine.Resilience;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.lab.format.SystemLimits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knobs of a model, read from it, and the model with some of them changed. Plain Java. A call's knobs are named
 * by caller and target ({@code "api>pricing.timeout"}); a timeout of 0 means none. An external dependency's latency is
 * a percentage of the model's (every draw scaled, its shape kept); a call's share is the percentage of requests that
 * make it; a call's rate limit is a knob only where the model sets one (its burst grows to at least a second's worth).
 * A publish waits for no answer, so it has no timeout or tries to turn, only its share and rate limit.
 */
public final class Knobs {

    private Knobs() {
    }

    public static List<Knob> of(SystemModel model) {
        List<Knob> knobs = new ArrayList<>();
        switch (model.workload().arrivals()) {
            case Arrivals.Constant c -> knobs.add(rate("arrivals.rate", "Arrival rate", c.perSecond()));
            case Arrivals.Poisson p -> knobs.add(rate("arrivals.rate", "Arrival rate", p.perSecond()));
            case Arrivals.Ramp r -> {
                knobs.add(rate("arrivals.from", "Arrival rate at the start", r.from()));
                knobs.add(rate("arrivals.to", "Arrival rate at the end of the ramp", r.to()));
            }
            case Arrivals.Spike s -> {
                knobs.add(rate("arrivals.base", "Arrival rate", s.base()));
                knobs.add(rate("arrivals.peak", "Arrival rate in the spike", s.peak()));
            }
            case Arrivals.Diurnal d -> knobs.add(rate("arrivals.mean", "Mean arrival rate", d.mean()));
        }
        for (Component component : model.components()) {
            String id = component.id();
            switch (component) {
                case Component.Service s -> {
                    knobs.add(whole(id + ".replicas", id, "Replicas", "", s.replicas(), 1, SystemLimits.MAX_REPLICAS));
                    knobs.add(whole(id + ".concurrency", id, "Concurrent requests per replica", "", s.concurrency(), 1, 10_000));
                    knobs.add(whole(id + ".queue", id, "Queue capacity per replica", "requests", s.queueCapacity(), 0, 1_000_000));
                    calls(knobs, id, s.calls());
                }
                case Component.Queue q -> {
                    knobs.add(whole(id + ".consumers", id, "Consumers", "", q.consumers(), 1, 10_000));
                    knobs.add(whole(id + ".capacity", id, "Capacity", "messages", q.capacity(), 1, 10_000_000));
                    calls(knobs, id, q.calls());
                }
                case Component.Database d -> knobs.add(whole(id + ".connections", id, "Connections", "", d.maxConnections(), 1, 10_000));
                case Component.Cache c -> {
                    knobs.add(new Knob(id + ".hitRatio", id, "Hit ratio", "%", round(c.hitRatio() * 100), 0, 100, false));
                    calls(knobs, id, List.of(c.onMiss()));
                }
                case Component.External e -> {
                    knobs.add(new Knob(id + ".errorRate", id, "Error rate", "%", round(e.errorRate() * 100), 0, 100, false));
                    knobs.add(new Knob(id + ".latency", id, "Latency, as a share of the model's (100 as built)", "%", 100, 1, 1_000, false));
                }
                case Component.LoadBalancer b -> {
                }
            }
        }
        return knobs;
    }

    private static Knob rate(String key, String label, double value) {
        return new Knob(key, "workload", label, "requests/s", value, 0, SystemLimits.MAX_RATE, false);
    }

    private static Knob whole(String key, String component, String label, String unit, int value, int min, int max) {
        return new Knob(key, component, label, unit, value, min, max, true);
    }

    private static void calls(List<Knob> knobs, String from, List<Call> calls) {
        Map<String, Integer> seen = new HashMap<>();
        for (Call call : calls) {
            String name = callKey(from, call.target(), seen);
            Resilience r = call.resilience();
            boolean publish = call.mode() == Call.Mode.ASYNC;
            String to = (publish ? "publishes to " : "calls to ") + call.target();
            if (!publish) {
                knobs.add(new Knob(name + ".timeout", from, "Timeout on " + to + " (0 for none)", "ms",
                        r.timeoutMs() == null ? 0 : r.timeoutMs(), 0, SystemLimits.MAX_DURATION_MS, false));
                knobs.add(whole(name + ".attempts", from, "Tries per request on " + to, "", r.retry() == null ? 1 : r.retry().attempts(), 1, 10));
            }
            knobs.add(new Knob(name + ".share", from, "Share of requests that make " + to, "%", round(call.probability() * 100), 0, 100, false));
            if (r.rateLimit() != null) {
                knobs.add(new Knob(name + ".rateLimit", from, "Rate limit on " + to, "calls/s", r.rateLimit().perSecond(), 0.01, SystemLimits.MAX_RATE, false));
            }
        }
    }

    /** "api>pricing", or "api>pricing#2" for a second call to the same target. */
    private static String callKey(String from, String to, Map<String, Integer> seen) {
        int n = seen.merge(to, 1, Integer::sum);
        return from + ">" + to + (n == 1 ? "" : "#" + n);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The model with the given knobs set; keys it does not have are left out (the caller checked them). */
    public static SystemModel apply(SystemModel model, Map<String, Double> changes) {
        if (changes.isEmpty()) {
            return model;
        }
        Arrivals arrivals = switch (model.workload().arrivals()) {
            case Arrivals.Constant c -> new Arrivals.Constant(changes.getOrDefault("arrivals.rate", c.perSecond()));
            case Arrivals.Poisson p -> new Arrivals.Poisson(changes.getOrDefault("arrivals.rate", p.perSecond()));
            case Arrivals.Ramp r -> new Arrivals.Ramp(changes.getOrDefault("arrivals.from", r.from()), changes.getOrDefault("arrivals.to", r.to()), r.overSeconds());
            case Arrivals.Spike s -> new Arrivals.Spike(changes.getOrDefault("arrivals.base", s.base()), changes.getOrDefault("arrivals.peak", s.peak()),
                    s.atSecond(), s.forSeconds());
            case Arrivals.Diurnal d -> new Arrivals.Diurnal(changes.getOrDefault("arrivals.mean", d.mean()), d.amplitude(), d.periodSeconds());
        };
        List<Component> components = new ArrayList<>();
        for (Component component : model.components()) {
            String id = component.id();
            components.add(switch (component) {
                case Component.Service s -> new Component.Service(id, whole(changes, id + ".replicas", s.replicas()),
                        whole(changes, id + ".concurrency", s.concurrency()), whole(changes, id + ".queue", s.queueCapacity()),
                        s.serviceTime(), calls(changes, id, s.calls()), s.autoscaling());
                case Component.Queue q -> new Component.Queue(id, whole(changes, id + ".capacity", q.capacity()),
                        whole(changes, id + ".consumers", q.consumers()), q.consumerTime(), calls(changes, id, q.calls()));
                case Component.Database d -> new Component.Database(id, whole(changes, id + ".connections", d.maxConnections()),
                        d.queryTime(), d.poolWaitMs());
                case Component.Cache c -> new Component.Cache(id, changes.containsKey(id + ".hitRatio") ? changes.get(id + ".hitRatio") / 100 : c.hitRatio(),
                        c.hitLatency(), c.ttlSeconds(), calls(changes, id, List.of(c.onMiss())).getFirst());
                case Component.External e -> new Component.External(id,
                        changes.containsKey(id + ".latency") ? scaled(e.latency(), changes.get(id + ".latency") / 100) : e.latency(),
                        changes.containsKey(id + ".errorRate") ? changes.get(id + ".errorRate") / 100 : e.errorRate());
                case Component.LoadBalancer b -> b;
            });
        }
        return new SystemModel(model.id(), model.title(), model.summary(), model.topics(), model.durationSeconds(), model.seed(),
                new SystemModel.Workload(model.workload().entry(), arrivals, model.workload().types()), components, model.faults());
    }

    /** Every time of a distribution times {@code factor}: its shape kept, as when each call does less or more work. */
    private static Distribution scaled(Distribution d, double factor) {
        return switch (d) {
            case Distribution.Constant c -> new Distribution.Constant(c.ms() * factor);
            case Distribution.Exponential x -> new Distribution.Exponential(x.meanMs() * factor);
            case Distribution.LogNormal l -> new Distribution.LogNormal(l.medianMs() * factor, l.p99Ms() * factor);
            case Distribution.Percentiles p -> new Distribution.Percentiles(p.points().stream()
                    .map(point -> new Distribution.Percentiles.Point(point.quantile(), point.ms() * factor)).toList());
        };
    }

    private static int whole(Map<String, Double> changes, String key, int value) {
        Double changed = changes.get(key);
        return changed == null ? value : (int) Math.round(changed);
    }

    private static List<Call> calls(Map<String, Double> changes, String from, List<Call> calls) {
        Map<String, Integer> seen = new HashMap<>();
        List<Call> changed = new ArrayList<>();
        for (Call call : calls) {
            String name = callKey(from, call.target(), seen);
            Resilience r = call.resilience();
            boolean publish = call.mode() == Call.Mode.ASYNC;
            Double timeout = publish ? null : changes.get(name + ".timeout");
            Double attempts = publish ? null : changes.get(name + ".attempts");
            Double newTimeout = timeout == null ? r.timeoutMs() : timeout <= 0 ? null : timeout;
            Resilience.Retry retry = r.retry();
            if (attempts != null) {
                int tries = (int) Math.round(attempts);
                retry = tries <= 1 ? null : retry == null ? new Resilience.Retry(tries, 100, 2, true)
                        : new Resilience.Retry(tries, retry.backoffMs(), retry.multiplier(), retry.jitter());
            }
            Double share = changes.get(name + ".share");
            Double limit = changes.get(name + ".rateLimit");
            Resilience.RateLimit rateLimit = limit == null || r.rateLimit() == null ? r.rateLimit()
                    : new Resilience.RateLimit(limit, Math.max(r.rateLimit().burst(), (int) Math.ceil(limit)));
            changed.add(new Call(call.target(), call.mode(), share == null ? call.probability() : share / 100,
                    new Resilience(newTimeout, retry, r.circuitBreaker(), rateLimit, r.bulkhead())));
        }
        return changed;
    }
}
