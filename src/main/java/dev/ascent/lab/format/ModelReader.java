package dev.ascent.lab.format;

import dev.ascent.lab.engine.Arrivals;
import dev.ascent.lab.engine.Autoscaling;
import dev.ascent.lab.engine.Call;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Distribution;
import dev.ascent.lab.engine.Fault;
import dev.ascent.lab.engine.Resilience;
import dev.ascent.lab.engine.SystemModel;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model file that passed validation into the engine's records, filling in the documented defaults.
 * Durations become milliseconds, or seconds where the model counts simulated time in seconds.
 */
final class ModelReader {

    /** The one request type of a workload that lists none. */
    static final String DEFAULT_TYPE = "request";
    /** The key of a service's default service time in {@link Component.Service#serviceTime()}. */
    static final String ANY_TYPE = "*";

    private ModelReader() {
    }

    static SystemModel read(JsonNode root) {
        JsonNode workload = root.path("workload");
        String entry = workload.path("entry").asString();
        List<SystemModel.RequestType> types = new ArrayList<>();
        if (workload.path("types").isArray()) {
            workload.path("types").forEach(t -> types.add(new SystemModel.RequestType(t.path("id").asString(), t.path("share").asDouble())));
        } else {
            types.add(new SystemModel.RequestType(DEFAULT_TYPE, 1));
        }
        List<Component> components = new ArrayList<>();
        root.path("components").forEach(c -> components.add(component(c)));
        // the model lists the entry first; a file may list its components in any order
        components.sort(Comparator.comparing(c -> !c.id().equals(entry)));
        List<Fault> faults = new ArrayList<>();
        root.path("faults").forEach(f -> faults.add(fault(f)));
        List<String> topics = new ArrayList<>();
        root.path("topics").forEach(t -> topics.add(t.asString()));
        return new SystemModel(root.path("id").asString(), root.path("title").asString(), root.path("summary").asString(), topics,
                seconds(root.path("duration")), root.path("seed").asLong(1), new SystemModel.Workload(entry, arrivals(workload.path("arrivals")), types),
                components, faults);
    }

    private static Arrivals arrivals(JsonNode a) {
        if (a.has("constant")) {
            return new Arrivals.Constant(a.path("constant").asDouble());
        }
        if (a.has("poisson")) {
            return new Arrivals.Poisson(a.path("poisson").asDouble());
        }
        if (a.has("ramp")) {
            JsonNode r = a.path("ramp");
            return new Arrivals.Ramp(r.path("from").asDouble(), r.path("to").asDouble(), seconds(r.path("over")));
        }
        if (a.has("spike")) {
            JsonNode s = a.path("spike");
            return new Arrivals.Spike(s.path("base").asDouble(), s.path("peak").asDouble(), seconds(s.path("at")), seconds(s.path("for")));
        }
        JsonNode d = a.path("diurnal");
        return new Arrivals.Diurnal(d.path("mean").asDouble(), d.path("amplitude").asDouble(), seconds(d.path("period")));
    }

    private static Component component(JsonNode c) {
        String id = c.path("id").asString();
        return switch (c.path("kind").asString()) {
            case "load-balancer" -> {
                List<String> targets = new ArrayList<>();
                c.path("targets").forEach(t -> targets.add(t.asString()));
                yield new Component.LoadBalancer(id, switch (c.path("policy").asString("round-robin")) {
                    case "least-connections" -> Component.LoadBalancer.Policy.LEAST_CONNECTIONS;
                    case "random" -> Component.LoadBalancer.Policy.RANDOM;
                    default -> Component.LoadBalancer.Policy.ROUND_ROBIN;
                }, targets);
            }
            case "service" -> {
                Map<String, Distribution> times = new LinkedHashMap<>();
                if (c.has("serviceTime")) {
                    times.put(ANY_TYPE, distribution(c.path("serviceTime")));
                }
                for (var byType : c.path("serviceTimeByType").properties()) {
                    times.put(byType.getKey(), distribution(byType.getValue()));
                }
                JsonNode a = c.path("autoscaling");
                Autoscaling autoscaling = a.isObject() ? new Autoscaling(a.path("targetUtilisation").asDouble(), a.path("min").asInt(),
                        a.path("max").asInt(), seconds(a.path("provisioning")), a.has("evaluateEvery") ? seconds(a.path("evaluateEvery")) : 15) : null;
                yield new Component.Service(id, c.path("replicas").asInt(1), c.path("concurrency").asInt(1), c.path("queue").asInt(100),
                        times, calls(c.path("calls")), autoscaling);
            }
            case "cache" -> new Component.Cache(id, c.path("hitRatio").asDouble(), distribution(c.path("hitLatency")), seconds(c.path("ttl")),
                    call(c.path("onMiss")));
            case "database" -> new Component.Database(id, c.path("connections").asInt(), distribution(c.path("queryTime")),
                    c.has("poolWait") ? millis(c.path("poolWait")) : 30_000);
            case "queue" -> new Component.Queue(id, c.path("capacity").asInt(), c.path("consumers").asInt(), distribution(c.path("consumerTime")),
                    calls(c.path("calls")));
            default -> new Component.External(id, distribution(c.path("latency")), c.path("errorRate").asDouble(0));
        };
    }

    private static List<Call> calls(JsonNode calls) {
        List<Call> list = new ArrayList<>();
        calls.forEach(c -> list.add(call(c)));
        return list;
    }

    private static Call call(JsonNode c) {
        JsonNode r = c.path("retry");
        JsonNode b = c.path("circuitBreaker");
        JsonNode l = c.path("rateLimit");
        JsonNode h = c.path("bulkhead");
        Resilience resilience = new Resilience(
                c.has("timeout") ? millis(c.path("timeout")) : null,
                r.isObject() ? new Resilience.Retry(r.path("attempts").asInt(), r.has("backoff") ? millis(r.path("backoff")) : 0,
                        r.path("multiplier").asDouble(1), r.path("jitter").asBoolean(false)) : null,
                b.isObject() ? new Resilience.CircuitBreaker(b.path("failureRatio").asDouble(), b.path("window").asInt(), seconds(b.path("openFor"))) : null,
                l.isObject() ? new Resilience.RateLimit(l.path("perSecond").asDouble(), l.path("burst").asInt()) : null,
                h.isObject() ? new Resilience.Bulkhead(h.path("maxConcurrent").asInt()) : null);
        boolean none = resilience.equals(Resilience.NONE);
        return new Call(c.path("to").asString(), c.path("async").asBoolean(false) ? Call.Mode.ASYNC : Call.Mode.SYNC,
                c.path("probability").asDouble(1), none ? Resilience.NONE : resilience);
    }

    private static Distribution distribution(JsonNode d) {
        if (d.has("constant")) {
            return new Distribution.Constant(millis(d.path("constant")));
        }
        if (d.has("exponential")) {
            return new Distribution.Exponential(millis(d.path("exponential")));
        }
        if (d.has("lognormal")) {
            return new Distribution.LogNormal(millis(d.path("lognormal").path("median")), millis(d.path("lognormal").path("p99")));
        }
        List<Distribution.Percentiles.Point> points = new ArrayList<>();
        for (var p : d.path("percentiles").properties()) {
            points.add(new Distribution.Percentiles.Point(Double.parseDouble(p.getKey().substring(1)) / 100, millis(p.getValue())));
        }
        points.sort(Comparator.comparingDouble(Distribution.Percentiles.Point::quantile));
        return new Distribution.Percentiles(points);
    }

    private static Fault fault(JsonNode f) {
        double at = seconds(f.path("at"));
        String component = f.path("component").asString("");
        return switch (f.path("kind").asString()) {
            case "kill-replicas" -> new Fault.KillReplicas(at, component, f.path("count").asInt(),
                    f.has("restoreAfter") ? seconds(f.path("restoreAfter")) : null);
            case "slow" -> new Fault.Slow(at, component, f.path("factor").asDouble(), seconds(f.path("for")));
            case "error-burst" -> new Fault.ErrorBurst(at, component, f.path("errorRate").asDouble(), seconds(f.path("for")));
            case "failover" -> new Fault.Failover(at, component, seconds(f.path("pause")));
            case "partition" -> new Fault.Partition(at, f.path("from").asString(), f.path("to").asString(), seconds(f.path("for")));
            default -> new Fault.CacheFlush(at, component);
        };
    }

    private static double millis(JsonNode duration) {
        Double ms = Durations.millis(ModelTree.text(duration));
        if (ms == null) {
            throw new IllegalArgumentException("not a duration: " + duration);   // validation ran first; this would be a bug
        }
        return ms;
    }

    private static double seconds(JsonNode duration) {
        return millis(duration) / 1_000;
    }
}
