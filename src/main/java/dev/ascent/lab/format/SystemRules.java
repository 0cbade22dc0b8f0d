package dev.ascent.lab.format;

import dev.ascent.lab.format.ModelTree.Declared;
import dev.ascent.lab.format.ModelTree.Edge;
import dev.ascent.platform.Problem;
import dev.ascent.platform.Suggestions;
import dev.ascent.platform.YamlDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the system schema cannot say about ids and references: ids are unique, every reference names a component
 * of the right kind, synchronous calls never go round in a cycle, and linked topics exist. Numbers and sizes are
 * {@link SystemNumbers}'s.
 */
final class SystemRules {

    /** A component of another kind is reported by the schema; naming it here would only confuse. */
    private static final Set<String> KINDS = Set.of("load-balancer", "service", "cache", "database", "queue", "external");

    private final YamlDocument document;
    private final ModelTree tree;
    private final SystemValidator.@Nullable Topics topics;
    private final List<Problem> problems = new ArrayList<>();

    private SystemRules(YamlDocument document, ModelTree tree, SystemValidator.@Nullable Topics topics) {
        this.document = document;
        this.tree = tree;
        this.topics = topics;
    }

    static List<Problem> check(YamlDocument document, ModelTree tree, SystemValidator.@Nullable Topics topics) {
        var rules = new SystemRules(document, tree, topics);
        rules.uniqueIds();
        if (tree.all.size() <= SystemLimits.MAX_COMPONENTS) {   // past that the schema has said so; the graph is not worth walking
            rules.references();
            rules.cycles();
        }
        rules.topicsExist();
        return rules.problems;
    }

    private void report(String pointer, String message) {
        problems.add(document.problem(pointer, message));
    }

    private void uniqueIds() {
        unique("/components", "component");
        unique("/workload/types", "request type");
    }

    private void unique(String pointer, String what) {
        JsonNode items = tree.root.at(pointer);
        if (!items.isArray()) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String id = ModelTree.text(items.get(i).path("id"));
            if (id == null) {
                continue;
            }
            String here = pointer + "/" + i + "/id";
            String earlier = seen.putIfAbsent(id, here);
            if (earlier != null) {
                Integer line = document.lineOf(earlier);
                report(here, "the %s id '%s' is used twice; it was first used at %s%s".formatted(what, id,
                        YamlDocument.readablePath(earlier), line == null ? "" : " (line " + line + ")"));
            }
        }
    }

    private void references() {
        JsonNode entry = tree.root.path("workload").path("entry");
        refer("/workload/entry", ModelTree.text(entry), Set.of(), "the entry");
        for (Edge edge : tree.edges()) {
            Declared from = tree.components.get(edge.from());
            boolean balancer = from != null && from.kind().equals("load-balancer");
            refer(edge.pointer(), edge.to(), balancer ? Set.of("service") : Set.of(), balancer ? "a load balancer's target" : "a call's target");
        }
        for (Declared c : tree.all) {
            if (c.kind().equals("service")) {
                serviceTimes(c);
            }
        }
        JsonNode faults = tree.root.path("faults");
        for (int i = 0; faults.isArray() && i < faults.size(); i++) {
            JsonNode fault = faults.get(i);
            String pointer = "/faults/" + i;
            String kind = ModelTree.text(fault.path("kind"));
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case "kill-replicas" -> refer(pointer + "/component", ModelTree.text(fault.path("component")), Set.of("service"), "a kill-replicas fault");
                case "failover" -> refer(pointer + "/component", ModelTree.text(fault.path("component")), Set.of("database"), "a failover");
                case "cache-flush" -> refer(pointer + "/component", ModelTree.text(fault.path("component")), Set.of("cache"), "a cache flush");
                case "slow", "error-burst" -> refer(pointer + "/component", ModelTree.text(fault.path("component")),
                        Set.of("service", "cache", "database", "queue", "external"), "a %s fault".formatted(kind));
                case "partition" -> {
                    String from = ModelTree.text(fault.path("from"));
                    String to = ModelTree.text(fault.path("to"));
                    refer(pointer + "/from", from, Set.of(), "a partition");
                    refer(pointer + "/to", to, Set.of(), "a partition");
                    if (from != null && from.equals(to)) {
                        report(pointer + "/to", "a partition is between two different components, not '%s' and itself".formatted(to));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A reference to a component: it exists, and (when {@code kinds} is not empty) is of one of those kinds. */
    private void refer(String pointer, @Nullable String id, Set<String> kinds, String what) {
        if (id == null) {
            return;
        }
        Declared target = tree.components.get(id);
        if (target == null) {
            report(pointer, "there is no component '%s'%s".formatted(id, Suggestions.closest(id, tree.components.keySet())
                    .map("; did you mean '%s'?"::formatted).orElse("")));
        } else if (!kinds.isEmpty() && !kinds.contains(target.kind()) && KINDS.contains(target.kind())) {
            report(pointer, "'%s' is a %s; %s must be %s".formatted(id, target.kind(), what, kinds.size() == 1
                    ? "a " + kinds.iterator().next() : "a service, cache, database, queue or external dependency"));
        }
    }

    /** Every request type has a service time: the default, or its own; types named must exist. */
    private void serviceTimes(Declared service) {
        JsonNode byType = service.node().path("serviceTimeByType");
        boolean hasDefault = service.node().has("serviceTime");
        if (byType.isObject()) {
            for (String type : byType.propertyNames()) {
                if (!tree.types.contains(type)) {
                    report(service.pointer() + "/serviceTimeByType/" + type, "there is no request type '%s' in the workload%s".formatted(type,
                            Suggestions.closest(type, tree.types).map("; did you mean '%s'?"::formatted).orElse("")));
                }
            }
        }
        if (!hasDefault) {
            List<String> missing = tree.types.stream().filter(t -> !byType.isObject() || !byType.has(t)).toList();
            if (!missing.isEmpty()) {
                report(service.pointer(), "has no service time for request type%s %s; give serviceTime for every type, or list each under serviceTimeByType"
                        .formatted(missing.size() == 1 ? "" : "s", String.join(", ", missing.stream().map(t -> "'" + t + "'").toList())));
            }
        }
    }

    /**
     * A request that calls synchronously round a cycle would wait on itself forever; so would work that every request
     * passes on round a cycle, even by publishing. Each cycle is named once, at the call that closes it.
     */
    private void cycles() {
        List<Edge> edges = tree.edges().stream().filter(e -> tree.components.containsKey(e.to()) && tree.components.containsKey(e.from())).toList();
        Set<Set<String>> reported = new HashSet<>();
        for (List<Edge> cycle : cycles(edges.stream().filter(e -> !e.async()).toList())) {
            if (reported.add(members(cycle))) {
                report(cycle.getLast().pointer(), "synchronous calls go round in a cycle: %s; a request would wait on itself"
                        .formatted(name(cycle)));
            }
        }
        for (List<Edge> cycle : cycles(edges.stream().filter(e -> e.probability() >= 1).toList())) {
            if (reported.add(members(cycle))) {
                report(cycle.getLast().pointer(), "every request goes round the calls %s and never finishes; give one of these calls a probability below 1"
                        .formatted(name(cycle)));
            }
        }
    }

    private static Set<String> members(List<Edge> cycle) {
        Set<String> ids = new HashSet<>();
        cycle.forEach(e -> ids.add(e.from()));
        return ids;
    }

    /** "api → db → api" */
    private static String name(List<Edge> cycle) {
        StringBuilder text = new StringBuilder(cycle.getFirst().from());
        cycle.forEach(e -> text.append(" → ").append(e.to()));
        return text.toString();
    }

    /** The elementary cycles a depth-first search meets (each closing edge once); enough to name each loop. */
    private static List<List<Edge>> cycles(List<Edge> edges) {
        Map<String, List<Edge>> out = new LinkedHashMap<>();
        edges.forEach(e -> out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
        List<List<Edge>> found = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : out.keySet()) {
            search(start, out, new ArrayList<>(), new ArrayList<>(), done, found);
        }
        return found;
    }

    private static void search(String node, Map<String, List<Edge>> out, List<String> path, List<Edge> via, Set<String> done, List<List<Edge>> found) {
        if (done.contains(node)) {
            return;
        }
        int at = path.indexOf(node);
        if (at >= 0) {
            found.add(List.copyOf(via.subList(at, via.size())));
            return;
        }
        path.add(node);
        for (Edge edge : out.getOrDefault(node, List.of())) {
            via.add(edge);
            search(edge.to(), out, path, via, done, found);
            via.removeLast();
        }
        path.removeLast();
        done.add(node);
    }

    private void topicsExist() {
        JsonNode refs = tree.root.path("topics");
        if (topics == null || !refs.isArray()) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i).asString("");
            int slash = ref.indexOf('/');
            if (slash < 0) {
                continue;   // the schema's pattern says how to write it
            }
            String roadmapId = ref.substring(0, slash);
            String topicId = ref.substring(slash + 1);
            Set<String> known = topics.topicIds(roadmapId);
            if (known == null) {
                report("/topics/" + i, "there is no roadmap '%s'%s".formatted(roadmapId, Suggestions.closest(roadmapId, topics.roadmapIds())
                        .map("; did you mean '%s'?"::formatted).orElse("")));
            } else if (!known.contains(topicId)) {
                report("/topics/" + i, "the roadmap '%s' has no topic '%s'%s".formatted(roadmapId, topicId, Suggestions.closest(topicId, known)
                        .map("; did you mean '%s'?"::formatted).orElse("")));
            }
        }
    }
}
