package dev.ascent.lab.format;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw tree of a model file, indexed for the rules: its components by id (the first of each id), its request
 * types and its calls as edges. Reads defensively, since the rules run beside the schema's errors, not after them.
 */
final class ModelTree {

    /** A component as declared: its kind ({@code service}, …), where it is and its node. */
    record Declared(String id, String kind, String pointer, JsonNode node) {
    }

    /** One call from a component to another; load balancers forward synchronously to each target. */
    record Edge(String from, String to, boolean async, double probability, int attempts, String pointer) {
    }

    final JsonNode root;
    final Map<String, Declared> components = new LinkedHashMap<>();
    /** The component nodes in file order, with their pointers, whatever their ids. */
    final List<Declared> all = new ArrayList<>();
    final List<String> types = new ArrayList<>();

    ModelTree(JsonNode root) {
        this.root = root;
        JsonNode list = root.path("components");
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode node = list.get(i);
                String id = text(node.path("id"));
                Declared declared = new Declared(id == null ? "" : id, text(node.path("kind")) == null ? "" : text(node.path("kind")),
                        "/components/" + i, node);
                all.add(declared);
                if (id != null) {
                    components.putIfAbsent(id, declared);
                }
            }
        }
        JsonNode declaredTypes = root.path("workload").path("types");
        if (declaredTypes.isArray()) {
            for (JsonNode type : declaredTypes) {
                String id = text(type.path("id"));
                if (id != null && !types.contains(id)) {
                    types.add(id);
                }
            }
        } else {
            types.add(ModelReader.DEFAULT_TYPE);
        }
    }

    /** Every call of every component, with the pointer of its {@code to} (or of the target, for load balancers). */
    List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (Declared c : all) {
            switch (c.kind()) {
                case "service", "queue" -> {
                    JsonNode calls = c.node().path("calls");
                    for (int i = 0; calls.isArray() && i < calls.size(); i++) {
                        edge(edges, c.id(), calls.get(i), c.pointer() + "/calls/" + i);
                    }
                }
                case "cache" -> edge(edges, c.id(), c.node().path("onMiss"), c.pointer() + "/onMiss");
                case "load-balancer" -> {
                    JsonNode targets = c.node().path("targets");
                    for (int i = 0; targets.isArray() && i < targets.size(); i++) {
                        String to = text(targets.get(i));
                        if (to != null) {
                            edges.add(new Edge(c.id(), to, false, 1, 1, c.pointer() + "/targets/" + i));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return edges;
    }

    private static void edge(List<Edge> edges, String from, JsonNode call, String pointer) {
        String to = text(call.path("to"));
        if (to == null) {
            return;
        }
        boolean async = call.path("async").asBoolean(false);
        double probability = call.path("probability").isNumber() ? call.path("probability").asDouble() : 1;
        Integer written = whole(call.path("retry").path("attempts"));
        int attempts = written == null ? 1 : Math.max(1, written);
        edges.add(new Edge(from, to, async, probability, attempts, pointer + "/to"));
    }

    /** The run's length in milliseconds, or null when it is not written as a duration. */
    @Nullable Double runMs() {
        return Durations.millis(text(root.path("duration")));
    }

    static @Nullable String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    /** A whole number that fits an int, or null: a file may hold 1E+100, which the schema reports and nothing may narrow. */
    static @Nullable Integer whole(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    static @Nullable Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }
}
