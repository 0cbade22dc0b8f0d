package dev.ascent.drills.format;

import dev.ascent.drills.Drill;
import dev.ascent.lab.engine.Fault;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads a drill file that passed validation into a {@link Drill}, filling in the documented defaults. */
final class DrillReader {

    static final double DEFAULT_SPEED = 10;
    static final double DEFAULT_HOLD_SECONDS = 60;
    static final double DEFAULT_LOG_EVERY_SECONDS = 10;

    private DrillReader() {
    }

    static Drill read(JsonNode root) {
        JsonNode slo = root.path("slo");
        List<Drill.HiddenFault> faults = new ArrayList<>();
        root.path("faults").forEach(f -> faults.add(hidden(f)));
        List<Drill.Dashboard> dashboards = new ArrayList<>();
        root.path("dashboards").forEach(d -> dashboards.add(new Drill.Dashboard(d.path("id").asString(), d.path("title").asString(),
                metric(d.path("metric")), Times.text(d.path("component")))));
        List<Drill.Alert> alerts = new ArrayList<>();
        root.path("alerts").forEach(a -> alerts.add(new Drill.Alert(a.path("id").asString(), a.path("title").asString(), metric(a.path("metric")),
                Times.text(a.path("component")), a.path("above").asDouble(), seconds(a.path("for"), 0),
                Drill.Alert.Severity.valueOf(a.path("severity").asString("page").toUpperCase(Locale.ROOT)))));
        List<Drill.LogLine> logs = new ArrayList<>();
        root.path("logs").forEach(l -> logs.add(log(l)));
        List<Drill.Action> actions = new ArrayList<>();
        root.path("actions").forEach(a -> actions.add(action(a)));
        return new Drill(root.path("id").asString(), root.path("version").asInt(), root.path("title").asString(), root.path("page").asString(),
                strings(root.path("topics")), root.path("model").asString(), seconds(root.path("duration"), 0), root.path("seed").asLong(1),
                root.path("speed").asDouble(DEFAULT_SPEED),
                new Drill.Slo(slo.has("p99") ? seconds(slo.path("p99"), 0) * 1_000 : null, slo.has("errors") ? slo.path("errors").asDouble() : null),
                root.path("errorBudget").asLong(), seconds(root.path("hold"), DEFAULT_HOLD_SECONDS), faults, dashboards, alerts, logs, actions,
                strings(root.path("solution")), strings(root.path("hints")), root.path("rootCause").asString(), root.path("debrief").asString());
    }

    private static Drill.HiddenFault hidden(JsonNode f) {
        JsonNode at = f.path("at");
        double min;
        double max;
        if (at.isObject()) {
            min = seconds(at.path("between").path(0), 0);
            max = seconds(at.path("between").path(1), 0);
        } else {
            min = seconds(at, 0);
            max = min;
        }
        return new Drill.HiddenFault(f.path("id").asString(), min, max, fault(f, min));
    }

    static Fault fault(JsonNode f, double at) {
        String component = f.path("component").asString("");
        return switch (f.path("kind").asString()) {
            case "kill-replicas" -> new Fault.KillReplicas(at, component, f.path("count").asInt(),
                    f.has("restoreAfter") ? seconds(f.path("restoreAfter"), 0) : null);
            case "slow" -> new Fault.Slow(at, component, f.path("factor").asDouble(), seconds(f.path("for"), 0));
            case "error-burst" -> new Fault.ErrorBurst(at, component, f.path("errorRate").asDouble(), seconds(f.path("for"), 0));
            case "failover" -> new Fault.Failover(at, component, seconds(f.path("pause"), 0));
            case "partition" -> new Fault.Partition(at, f.path("from").asString(), f.path("to").asString(), seconds(f.path("for"), 0));
            default -> new Fault.CacheFlush(at, component);
        };
    }

    private static Drill.LogLine log(JsonNode l) {
        JsonNode when = l.path("when");
        boolean onMetric = when.has("metric");
        return new Drill.LogLine(l.path("source").asString(), Drill.LogLine.Level.valueOf(l.path("level").asString().toUpperCase(Locale.ROOT)),
                l.path("text").asString(), onMetric ? metric(when.path("metric")) : null, Times.text(when.path("component")),
                onMetric ? when.path("above").asDouble() : null, Times.text(when.path("fault")), Times.text(when.path("action")),
                onMetric ? seconds(l.path("every"), DEFAULT_LOG_EVERY_SECONDS) : 0);
    }

    private static Drill.Action action(JsonNode a) {
        List<Drill.Effect> effects = new ArrayList<>();
        a.path("effects").forEach(e -> effects.add(effect(e)));
        return new Drill.Action(a.path("id").asString(), a.path("title").asString(), a.path("summary").asString(), seconds(a.path("takes"), 0), effects);
    }

    private static Drill.Effect effect(JsonNode e) {
        if (e.has("end-fault")) {
            return new Drill.Effect.EndFault(e.path("end-fault").asString());
        }
        if (e.has("scale")) {
            return new Drill.Effect.Scale(e.path("scale").asString(), e.has("to") ? e.path("to").asInt() : null, e.has("by") ? e.path("by").asInt() : null);
        }
        if (e.has("call")) {
            return new Drill.Effect.ChangeCall(e.path("call").path("from").asString(), e.path("call").path("to").asString(),
                    e.has("timeout") ? seconds(e.path("timeout"), 0) * 1_000 : null, e.has("attempts") ? e.path("attempts").asInt() : null,
                    e.has("probability") ? e.path("probability").asDouble() : null, e.has("open") ? e.path("open").asBoolean() : null);
        }
        if (e.has("limit-arrivals")) {
            JsonNode limit = e.path("limit-arrivals");
            return new Drill.Effect.LimitArrivals(limit.isNumber() ? limit.asDouble() : null);
        }
        JsonNode start = e.path("start-fault");
        return new Drill.Effect.StartFault(Times.text(start.path("id")), fault(start, 0));
    }

    private static Drill.Metric metric(JsonNode name) {
        return Objects.requireNonNull(Metrics.of(name.asString()), "validated metric");
    }

    private static double seconds(JsonNode duration, double otherwise) {
        if (duration.isMissingNode()) {
            return otherwise;
        }
        Double seconds = Times.seconds(duration);
        if (seconds == null) {
            throw new IllegalArgumentException("not a duration: " + duration);   // validation ran first; this would be a bug
        }
        return seconds;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asString()));
        return values;
    }
}
