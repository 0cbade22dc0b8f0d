package dev.ascent.catalog.format;

import dev.ascent.catalog.Level;
import dev.ascent.platform.Problem;
import dev.ascent.platform.Suggestions;
import dev.ascent.platform.YamlDocument;
import tools.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a JSON Schema cannot say: unique ids, references that resolve, prerequisites
 * without cycles, month windows inside the roadmap, levels inside its range. Reads the raw tree
 * defensively, so it reports alongside schema errors instead of stopping at the first one.
 */
final class RoadmapRules {

    private enum Kind { PHASE, GROUP, TOPIC, PROJECT, CHECKPOINT }

    private record Declared(Kind kind, String pointer) {
    }

    private final YamlDocument document;
    private final JsonNode root;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Declared> ids = new LinkedHashMap<>();

    private RoadmapRules(YamlDocument document, JsonNode root) {
        this.document = document;
        this.root = root;
    }

    static List<Problem> check(YamlDocument document, JsonNode root) {
        if (!root.isObject()) {
            return List.of();
        }
        var rules = new RoadmapRules(document, root);
        rules.collectIds();
        rules.checkRanges();
        rules.checkPlacement();
        rules.checkReferences();
        rules.checkCycles();
        rules.checkWindows();
        rules.checkLevels();
        return rules.problems;
    }

    /** A place in the file an author can find: its path and, when known, its line. */
    private String where(String pointer) {
        Integer line = document.lineOf(pointer);
        return YamlDocument.readablePath(pointer) + (line == null ? "" : " (line " + line + ")");
    }

    private void report(String pointer, String message) {
        problems.add(document.problem(pointer, message));
    }

    private void collectIds() {
        forEach("/phases", (phase, p) -> {
            declare(phase, p, Kind.PHASE);
            forEach(phase.path("groups"), p + "/groups", (group, g) -> declare(group, g, Kind.GROUP));
        });
        forEach("/topics", (topic, p) -> declare(topic, p, Kind.TOPIC));
        forEach("/projects", (project, p) -> declare(project, p, Kind.PROJECT));
        forEach("/checkpoints", (checkpoint, p) -> declare(checkpoint, p, Kind.CHECKPOINT));
    }

    private void declare(JsonNode node, String pointer, Kind kind) {
        String id = text(node.path("id"));
        if (id == null) {
            return;
        }
        Declared earlier = ids.putIfAbsent(id, new Declared(kind, pointer));
        if (earlier != null) {
            report(pointer + "/id", "duplicate id '%s': already used by %s %s".formatted(id,
                    kindName(earlier.kind()), where(earlier.pointer())));
        }
    }

    private void checkRanges() {
        JsonNode levels = root.path("levels");
        Level from = level(levels.path("from"));
        Level to = level(levels.path("to"));
        if (from != null && to != null && from.compareTo(to) > 0) {
            report("/levels", "levels go down: from %s to %s; 'from' must not be above 'to'".formatted(from.key(), to.key()));
        }
        JsonNode duration = root.path("duration");
        if (duration.path("minMonths").isInt() && duration.path("maxMonths").isInt()
                && duration.path("minMonths").asInt() > duration.path("maxMonths").asInt()) {
            report("/duration", "minMonths (%d) is more than maxMonths (%d)".formatted(duration.path("minMonths").asInt(), duration.path("maxMonths").asInt()));
        }
        JsonNode hours = root.path("weekly").path("hours");
        if (hours.path("min").isInt() && hours.path("max").isInt() && hours.path("min").asInt() > hours.path("max").asInt()) {
            report("/weekly/hours", "min (%d h) is more than max (%d h)".formatted(hours.path("min").asInt(), hours.path("max").asInt()));
        }
        for (String kind : List.of("theory", "practice", "community")) {
            JsonNode pair = root.path("weekly").path("mix").path(kind);
            if (isPair(pair) && pair.get(0).asInt() > pair.get(1).asInt()) {
                report("/weekly/mix/" + kind, "range [%d, %d] runs backwards; write [min, max]".formatted(pair.get(0).asInt(), pair.get(1).asInt()));
            }
        }
    }

    private void checkPlacement() {
        Map<String, String> placedAt = new HashMap<>();
        forEach("/phases", (phase, p) -> forEach(phase.path("groups"), p + "/groups", (group, g) ->
                forEach(group.path("topics"), g + "/topics", (ref, r) -> {
                    String id = text(ref);
                    if (id == null) {
                        return;
                    }
                    Declared declared = ids.get(id);
                    if (declared == null) {
                        report(r, "unknown topic '%s'%s".formatted(id, suggestion(id, Set.of(Kind.TOPIC))));
                    } else if (declared.kind() != Kind.TOPIC) {
                        report(r, "'%s' is a %s, not a topic".formatted(id, kindName(declared.kind())));
                    } else {
                        String earlier = placedAt.putIfAbsent(id, r);
                        if (earlier != null) {
                            report(r, "topic '%s' is already placed at %s; a topic belongs to one group".formatted(id, where(earlier)));
                        }
                    }
                })));
        forEach("/topics", (topic, p) -> {
            String id = text(topic.path("id"));
            if (id != null && ids.get(id) != null && ids.get(id).pointer().equals(p) && !placedAt.containsKey(id)) {
                report(p, "topic '%s' is not placed in any group; list it under one phase's group".formatted(id));
            }
        });
    }

    private void checkReferences() {
        forEach("/topics", (topic, p) -> forEach(topic.path("requires"), p + "/requires", (ref, r) ->
                expect(ref, r, Set.of(Kind.TOPIC), "requires")));
        forEach("/projects", (project, p) -> forEach(project.path("requires"), p + "/requires", (ref, r) ->
                expect(ref, r, Set.of(Kind.TOPIC, Kind.PROJECT), "requires")));
        forEach("/checkpoints", (checkpoint, p) -> {
            JsonNode expects = checkpoint.path("expects");
            forEach(expects.path("topics"), p + "/expects/topics", (ref, r) -> expect(ref, r, Set.of(Kind.TOPIC), "expects"));
            forEach(expects.path("phases"), p + "/expects/phases", (ref, r) -> expect(ref, r, Set.of(Kind.PHASE), "expects"));
            forEach(expects.path("projects"), p + "/expects/projects", (ref, r) -> expect(ref, r, Set.of(Kind.PROJECT), "expects"));
        });
    }

    private void expect(JsonNode ref, String pointer, Set<Kind> allowed, String verb) {
        String id = text(ref);
        if (id == null) {
            return;
        }
        Declared declared = ids.get(id);
        String allowedText = allowed.stream().map(RoadmapRules::kindName).sorted().reduce((a, b) -> a + " or " + b).orElse("");
        if (declared == null) {
            report(pointer, "%s unknown %s '%s'%s".formatted(verb, allowedText, id, suggestion(id, allowed)));
        } else if (!allowed.contains(declared.kind())) {
            report(pointer, "'%s' is a %s; only a %s can be listed here".formatted(id, kindName(declared.kind()), allowedText));
        }
    }

    /** Depth-first search over topic and project prerequisites; every cycle is named once. */
    private void checkCycles() {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Map<String, String> pointers = new HashMap<>();
        for (String section : List.of("/topics", "/projects")) {
            forEach(section, (item, p) -> {
                String id = text(item.path("id"));
                if (id == null || edges.containsKey(id)) {
                    return;
                }
                List<String> requires = new ArrayList<>();
                forEach(item.path("requires"), p + "/requires", (ref, r) -> {
                    String target = text(ref);
                    if (target != null) {
                        requires.add(target);
                    }
                });
                edges.put(id, requires);
                pointers.put(id, p + "/requires");
            });
        }
        Set<String> done = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            // iterative DFS: a stack of (node, next edge index), with the current path for naming cycles
            Deque<String> path = new ArrayDeque<>();
            Set<String> onPath = new HashSet<>();
            Deque<int[]> cursor = new ArrayDeque<>();
            path.push(start);
            onPath.add(start);
            cursor.push(new int[]{0});
            while (!path.isEmpty()) {
                String node = path.peek();
                List<String> next = edges.getOrDefault(node, List.of());
                int[] index = cursor.peek();
                if (index[0] < next.size()) {
                    String target = next.get(index[0]++);
                    if (!edges.containsKey(target) || done.contains(target)) {
                        continue;
                    }
                    if (onPath.contains(target)) {
                        List<String> cycle = cycleFrom(path, target);
                        if (reported.add(Set.copyOf(cycle))) {
                            cycle.add(target);
                            report(pointers.get(target), "prerequisite cycle: " + String.join(" → ", cycle));
                        }
                        continue;
                    }
                    path.push(target);
                    onPath.add(target);
                    cursor.push(new int[]{0});
                } else {
                    done.add(path.pop());
                    onPath.remove(node);
                    cursor.pop();
                }
            }
        }
    }

    private static List<String> cycleFrom(Deque<String> path, String target) {
        List<String> inOrder = new ArrayList<>(path);
        java.util.Collections.reverse(inOrder);
        return new ArrayList<>(inOrder.subList(inOrder.indexOf(target), inOrder.size()));
    }

    private void checkWindows() {
        JsonNode max = root.path("duration").path("maxMonths");
        Integer last = max.isInt() ? max.asInt() : null;
        forEach("/phases", (phase, p) -> window(phase.path("months"), p + "/months", last));
        forEach("/projects", (project, p) -> window(project.path("months"), p + "/months", last));
        forEach("/checkpoints", (checkpoint, p) -> {
            JsonNode month = checkpoint.path("month");
            if (last != null && month.isInt() && month.asInt() > last) {
                report(p + "/month", "month %d is after the roadmap's last month %d (duration.maxMonths)".formatted(month.asInt(), last));
            }
        });
    }

    private void window(JsonNode pair, String pointer, Integer lastMonth) {
        if (!isPair(pair)) {
            return;
        }
        int first = pair.get(0).asInt();
        int last = pair.get(1).asInt();
        if (first > last) {
            report(pointer, "window [%d, %d] ends before it starts; write [first month, last month]".formatted(first, last));
        }
        if (lastMonth != null && last > lastMonth) {
            report(pointer, "window ends in month %d, after the roadmap's last month %d (duration.maxMonths)".formatted(last, lastMonth));
        }
    }

    private void checkLevels() {
        Level from = level(root.path("levels").path("from"));
        Level to = level(root.path("levels").path("to"));
        if (from == null || to == null || from.compareTo(to) > 0) {
            return;
        }
        String range = from == to ? from.key() : from.key() + " to " + to.key();
        forEach("/phases", (phase, p) -> inRange(phase.path("level"), p + "/level", from, to, range));
        forEach("/topics", (topic, p) -> inRange(topic.path("level"), p + "/level", from, to, range));
    }

    private void inRange(JsonNode node, String pointer, Level from, Level to, String range) {
        Level level = level(node);
        if (level != null && (level.compareTo(from) < 0 || level.compareTo(to) > 0)) {
            report(pointer, "level %s is outside this roadmap's levels (%s)".formatted(level.key(), range));
        }
    }

    private String suggestion(String id, Set<Kind> kinds) {
        return Suggestions.closest(id, ids.entrySet().stream()
                        .filter(entry -> kinds.contains(entry.getValue().kind()))
                        .map(Map.Entry::getKey)
                        .toList())
                .map("; did you mean '%s'?"::formatted)
                .orElse("");
    }

    private interface Visitor {
        void visit(JsonNode node, String pointer);
    }

    private void forEach(String pointer, Visitor visitor) {
        forEach(root.at(pointer), pointer, visitor);
    }

    private static void forEach(JsonNode array, String pointer, Visitor visitor) {
        if (!array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            visitor.visit(array.get(i), pointer + "/" + i);
        }
    }

    private static boolean isPair(JsonNode pair) {
        return pair.isArray() && pair.size() == 2 && pair.get(0).isInt() && pair.get(1).isInt();
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    private static Level level(JsonNode node) {
        String key = text(node);
        if (key == null) {
            return null;
        }
        try {
            return Level.of(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String kindName(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
