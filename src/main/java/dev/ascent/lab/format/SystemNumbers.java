package dev.ascent.lab.format;

import dev.ascent.lab.format.ModelTree.Declared;
import dev.ascent.lab.format.ModelTree.Edge;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers that cannot be right, and sizes a run cannot afford: durations of zero where something must take time
 * or longer than {@link SystemLimits#MAX_DURATION_MS}, a p99 below the median, percentiles that fall, shares that are
 * all zero, autoscaling bounds the wrong way round, faults after the end, more workers than
 * {@link SystemLimits#MAX_WORKERS} and more expected work than {@link SystemLimits#MAX_VISITS}. Ranges of plain
 * numbers are the schema's.
 */
final class SystemNumbers {

    /** Keys whose values are durations; every percentile under {@code percentiles} is one too. */
    private static final Set<String> DURATIONS = Set.of("duration", "constant", "exponential", "median", "p99", "timeout", "backoff",
            "openFor", "provisioning", "evaluateEvery", "ttl", "poolWait", "at", "for", "restoreAfter", "pause", "over", "period");
    /** Durations that must be longer than zero: something that takes no time at all is a mistake here. */
    private static final Set<String> POSITIVE = Set.of("exponential", "median", "p99", "timeout", "openFor", "evaluateEvery", "ttl",
            "for", "pause", "over", "period");

    private final YamlDocument document;
    private final ModelTree tree;
    private final List<Problem> problems = new ArrayList<>();

    private SystemNumbers(YamlDocument document, ModelTree tree) {
        this.document = document;
        this.tree = tree;
    }

    static List<Problem> check(YamlDocument document, ModelTree tree, boolean soundSoFar) {
        var numbers = new SystemNumbers(document, tree);
        numbers.walk(tree.root, "", "", 0);
        numbers.shares();
        numbers.arrivals();
        for (Declared c : tree.all) {
            if (c.kind().equals("service")) {
                numbers.service(c);
            }
        }
        numbers.faults();
        if (soundSoFar && numbers.problems.isEmpty()) {
            numbers.expectedWork();   // only worth estimating for a model that is otherwise sound
        }
        return numbers.problems;
    }

    private void report(String pointer, String message) {
        problems.add(document.problem(pointer, message));
    }

    /** Durations, log-normals and percentiles wherever they appear. */
    private void walk(JsonNode node, String pointer, String key, int depth) {
        if (depth > 12) {
            return;   // the schema is at most eight levels deep; deeper is already an error
        }
        if (node.isString() && (DURATIONS.contains(key) || pointer.contains("/percentiles/"))) {
            duration(pointer, key, node.asString());
        } else if (node.isObject()) {
            if (key.equals("lognormal")) {
                lognormal(node, pointer);
            } else if (key.equals("percentiles")) {
                percentiles(node, pointer);
            }
            for (var property : node.properties()) {
                walk(property.getValue(), pointer + "/" + property.getKey().replace("~", "~0").replace("/", "~1"), property.getKey(), depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, key, depth + 1);
            }
        }
    }

    private void duration(String pointer, String key, String text) {
        Double ms = Durations.millis(text);
        if (ms == null) {
            return;   // the schema says how to write one
        }
        if (pointer.equals("/duration")) {
            if (ms < SystemLimits.MIN_RUN_MS || ms > SystemLimits.MAX_DURATION_MS) {
                report(pointer, "a run lasts between 1s and 1h of simulated time, not %s; longer runs show nothing a shorter one does not"
                        .formatted(text));
            }
        } else if (ms > SystemLimits.MAX_DURATION_MS) {
            report(pointer, "%s is longer than an hour, the longest duration a model may use".formatted(text));
        } else if (ms == 0 && POSITIVE.contains(key)) {
            report(pointer, "must be longer than zero");
        }
    }

    private void lognormal(JsonNode node, String pointer) {
        Double median = Durations.millis(ModelTree.text(node.path("median")));
        Double p99 = Durations.millis(ModelTree.text(node.path("p99")));
        if (median != null && p99 != null && p99 <= median) {
            report(pointer + "/p99", "the p99 (%s) must be above the median (%s): 99 in 100 take at most the p99, half at most the median"
                    .formatted(node.path("p99").asString(), node.path("median").asString()));
        }
    }

    private void percentiles(JsonNode node, String pointer) {
        record Point(double quantile, double ms, String key) {
        }
        List<Point> points = new ArrayList<>();
        for (var property : node.properties()) {
            Double ms = Durations.millis(ModelTree.text(property.getValue()));
            String key = property.getKey();
            if (ms != null && key.matches("p[0-9.]+")) {
                try {
                    points.add(new Point(Double.parseDouble(key.substring(1)), ms, key));
                } catch (NumberFormatException e) {
                    // the schema's pattern reports it
                }
            }
        }
        points.sort(java.util.Comparator.comparingDouble(Point::quantile));
        for (int i = 1; i < points.size(); i++) {
            Point before = points.get(i - 1);
            Point here = points.get(i);
            if (here.ms() < before.ms()) {
                report(pointer + "/" + here.key(), "%s (%s) is below %s (%s); a higher percentile is never faster".formatted(here.key(),
                        Durations.describe(here.ms()), before.key(), Durations.describe(before.ms())));
            }
        }
    }

    private void shares() {
        JsonNode types = tree.root.path("workload").path("types");
        if (!types.isArray() || types.isEmpty()) {
            return;
        }
        for (JsonNode type : types) {
            Double share = ModelTree.number(type.path("share"));
            if (share == null || share > 0) {
                return;
            }
        }
        report("/workload/types", "every share is zero, so no request would have a type; give at least one a share above zero");
    }

    private void arrivals() {
        JsonNode arrivals = tree.root.path("workload").path("arrivals");
        double peak = -1;
        for (String key : List.of("constant", "poisson")) {
            if (arrivals.has(key)) {
                peak = value(arrivals.path(key));
            }
        }
        if (arrivals.has("ramp")) {
            peak = Math.max(value(arrivals.path("ramp").path("from")), value(arrivals.path("ramp").path("to")));
        }
        if (arrivals.has("spike")) {
            peak = Math.max(value(arrivals.path("spike").path("base")), value(arrivals.path("spike").path("peak")));
            atBeforeTheEnd("/workload/arrivals/spike/at", arrivals.path("spike").path("at"), "the spike");
        }
        if (arrivals.has("diurnal")) {
            peak = value(arrivals.path("diurnal").path("mean")) + Math.max(0, value(arrivals.path("diurnal").path("amplitude")));
        }
        if (peak == 0) {
            report("/workload/arrivals", "no request would ever arrive; give a rate above zero (requests a second)");
        }
    }

    private static double value(JsonNode node) {
        Double value = ModelTree.number(node);
        return value == null ? Double.NaN : value;
    }

    private void service(Declared c) {
        JsonNode node = c.node();
        Integer replicas = node.has("replicas") ? ModelTree.whole(node.path("replicas")) : Integer.valueOf(1);
        Integer concurrency = node.has("concurrency") ? ModelTree.whole(node.path("concurrency")) : Integer.valueOf(1);
        JsonNode scaling = node.path("autoscaling");
        if (replicas == null || concurrency == null || replicas > SystemLimits.MAX_REPLICAS || concurrency > SystemLimits.MAX_CONCURRENCY) {
            return;   // the schema has said it is too many (or not a number); a product of it would only say so again
        }
        int most = replicas;
        Integer min = ModelTree.whole(scaling.path("min"));
        Integer max = ModelTree.whole(scaling.path("max"));
        if (scaling.isObject() && min != null && max != null) {
            if (min > max) {
                report(c.pointer() + "/autoscaling/min", "min (%d) is above max (%d); the fewest replicas cannot be more than the most".formatted(min, max));
            } else if (replicas < min || replicas > max) {
                report(c.pointer() + "/replicas", "%d replicas is outside autoscaling's %d to %d; start within them".formatted(replicas, min, max));
            }
            most = Math.max(most, Math.min(max, SystemLimits.MAX_REPLICAS));
        }
        if ((long) most * concurrency > SystemLimits.MAX_WORKERS) {
            report(c.pointer() + "/concurrency", "%,d replicas × %,d concurrency is %,d workers; a service may have at most %,d"
                    .formatted(most, concurrency, (long) most * concurrency, SystemLimits.MAX_WORKERS));
        }
    }

    private void faults() {
        JsonNode faults = tree.root.path("faults");
        for (int i = 0; faults.isArray() && i < faults.size(); i++) {
            JsonNode fault = faults.get(i);
            atBeforeTheEnd("/faults/%d/at".formatted(i), fault.path("at"), "a fault");
            String component = ModelTree.text(fault.path("component"));
            Declared target = component == null ? null : tree.components.get(component);
            Integer count = ModelTree.whole(fault.path("count"));
            if ("kill-replicas".equals(ModelTree.text(fault.path("kind"))) && target != null && target.kind().equals("service") && count != null) {
                JsonNode service = target.node();
                Integer replicas = service.has("replicas") ? ModelTree.whole(service.path("replicas")) : Integer.valueOf(1);
                Integer max = ModelTree.whole(service.path("autoscaling").path("max"));
                int most = Math.max(replicas == null ? Integer.MAX_VALUE : replicas, max == null ? 0 : max);
                if (count > most) {
                    report("/faults/%d/count".formatted(i), "'%s' never has more than %d replica%s; it cannot lose %d"
                            .formatted(component, most, most == 1 ? "" : "s", count));
                }
            }
        }
    }

    private void atBeforeTheEnd(String pointer, JsonNode at, String what) {
        Double ms = Durations.millis(ModelTree.text(at));
        Double run = tree.runMs();
        if (ms != null && run != null && ms >= run) {
            report(pointer, "%s at %s comes after the run ends at %s".formatted(what, at.asString(), Durations.describe(run)));
        }
    }

    /** Requests over the run, times the visits each may make in the worst case (every call made, every retry used). */
    private void expectedWork() {
        Double runMs = tree.runMs();
        String entry = ModelTree.text(tree.root.path("workload").path("entry"));
        if (runMs == null || entry == null || !tree.components.containsKey(entry)) {
            return;
        }
        double requests = requests(tree.root.path("workload").path("arrivals"), runMs / 1_000);
        double perRequest = visits(entry);
        double total = requests * perRequest;
        if (!(total <= SystemLimits.MAX_VISITS)) {
            report("/workload", ("the run would make about %s component visits (about %,.0f requests, each visiting up to %s components when every call and retry is made); "
                    + "a run may make at most %,.0f: shorten it, lower the rate, or use fewer retries").formatted(
                    Double.isFinite(total) ? String.format(Locale.ROOT, "%,.0f", total) : "endless", requests,
                    Double.isFinite(perRequest) ? String.format(Locale.ROOT, "%,.0f", perRequest) : "endlessly many", SystemLimits.MAX_VISITS));
        }
    }

    /** Requests arriving over {@code seconds}; for the diurnal shape an upper bound. */
    private static double requests(JsonNode arrivals, double seconds) {
        if (arrivals.has("constant") || arrivals.has("poisson")) {
            return value(arrivals.has("constant") ? arrivals.path("constant") : arrivals.path("poisson")) * seconds;
        }
        if (arrivals.has("ramp")) {
            JsonNode ramp = arrivals.path("ramp");
            double from = value(ramp.path("from"));
            double to = value(ramp.path("to"));
            Double overMs = Durations.millis(ModelTree.text(ramp.path("over")));
            double over = overMs == null ? seconds : overMs / 1_000;
            return over >= seconds ? from * seconds + (to - from) * seconds * seconds / (2 * over) : (from + to) / 2 * over + to * (seconds - over);
        }
        if (arrivals.has("spike")) {
            JsonNode spike = arrivals.path("spike");
            Double at = Durations.millis(ModelTree.text(spike.path("at")));
            Double length = Durations.millis(ModelTree.text(spike.path("for")));
            double start = at == null ? 0 : Math.min(seconds, at / 1_000);
            double end = length == null ? seconds : Math.min(seconds, start + length / 1_000);
            return value(spike.path("base")) * seconds + Math.max(0, value(spike.path("peak")) - value(spike.path("base"))) * (end - start);
        }
        JsonNode diurnal = arrivals.path("diurnal");
        return (value(diurnal.path("mean")) + Math.max(0, value(diurnal.path("amplitude")))) * seconds;
    }

    /**
     * Visits per request entering at {@code entry}: v = 1 + Σ probability × attempts × v(target), solved by iteration
     * so that cycles through publishes (allowed when they do not carry every request) converge or run away.
     */
    private double visits(String entry) {
        List<Edge> edges = tree.edges().stream().filter(e -> tree.components.containsKey(e.to())).toList();
        Map<String, Double> v = new HashMap<>();
        tree.components.keySet().forEach(id -> v.put(id, 1.0));
        for (int round = 0; round < 200; round++) {
            Map<String, Double> next = new HashMap<>();
            tree.components.keySet().forEach(id -> next.put(id, 1.0));
            for (Edge e : edges) {
                double share = Math.min(1, Math.max(0, e.probability()));
                next.merge(e.from(), share * e.attempts() * v.get(e.to()), Double::sum);
            }
            if (next.equals(v) || next.get(entry) > SystemLimits.MAX_VISITS) {
                return next.get(entry);
            }
            v.clear();
            v.putAll(next);
        }
        return v.get(entry);
    }
}
