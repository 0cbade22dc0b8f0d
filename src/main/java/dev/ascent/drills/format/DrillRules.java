package dev.ascent.drills.format;

import dev.ascent.drills.play.Signals;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.RunOptions;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.platform.Problem;
import dev.ascent.platform.Suggestions;
import dev.ascent.platform.YamlDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the drill schema cannot say: ids are unique and every reference names something that exists (faults,
 * actions, the model and its components and calls), faults start inside the run, metrics of one component name one,
 * and a run of the model for the drill's duration stays within the lab's bounds. Fault kinds and their components
 * follow the lab's own rules ({@link FaultChecks}).
 */
final class DrillRules {

    static final double MIN_DURATION = 60;
    static final double MAX_DURATION = 30 * 60;
    private static final List<String> EFFECT_KEYS = List.of("end-fault", "scale", "call", "limit-arrivals", "start-fault");

    private final YamlDocument document;
    private final JsonNode root;
    private final @Nullable SystemModel model;
    private final List<Problem> problems = new ArrayList<>();
    /** Fault ids, hidden or started by an action, with where each was first named. */
    private final Map<String, String> faultIds = new LinkedHashMap<>();
    private final Map<String, String> actionIds = new LinkedHashMap<>();
    private final FaultChecks faults;

    private DrillRules(YamlDocument document, JsonNode root, @Nullable SystemModel model) {
        this.document = document;
        this.root = root;
        this.model = model;
        this.faults = new FaultChecks(model, this::report);
    }

    static List<Problem> check(YamlDocument document, JsonNode root, @Nullable SystemModel model, DrillValidator.Models models,
                               DrillValidator.@Nullable Topics topics, boolean soundSoFar) {
        var rules = new DrillRules(document, root, model);
        rules.modelExists(models);
        rules.ids();
        Double duration = rules.duration();
        rules.slo(duration);
        rules.hiddenFaults(duration);
        rules.signals();
        rules.actions(duration);
        rules.references();
        rules.topics(topics);
        if (soundSoFar && rules.problems.isEmpty() && model != null && duration != null) {
            rules.runSize(duration);
        }
        return rules.problems;
    }

    void report(String pointer, String message) {
        problems.add(document.problem(pointer, message));
    }

    private static String suggest(String typed, java.util.Collection<String> known) {
        return Suggestions.closest(typed, known).map("; did you mean '%s'?"::formatted).orElse("");
    }

    private void modelExists(DrillValidator.Models models) {
        String id = Times.text(root.path("model"));
        if (id != null && model == null) {
            report("/model", "there is no built-in lab model '%s'%s".formatted(id, suggest(id, models.ids())));
        }
    }

    /** Names the drills' pages use beside /drills/{id}: a drill so named could never be opened. */
    static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("history", "plays");

    private void ids() {
        String drillId = Times.text(root.path("id"));
        if (drillId != null && RESERVED_IDS.contains(drillId)) {
            report("/id", "'%s' names a page of the drills (/drills/%s); choose another id".formatted(drillId, drillId));
        }
        Map<String, String> faultsSeen = new HashMap<>();
        unique("/faults", "fault", faultsSeen);
        JsonNode actions = root.path("actions");
        for (int i = 0; actions.isArray() && i < actions.size(); i++) {
            JsonNode effects = actions.get(i).path("effects");
            for (int j = 0; effects.isArray() && j < effects.size(); j++) {
                String pointer = "/actions/%d/effects/%d/start-fault/id".formatted(i, j);
                String id = Times.text(effects.get(j).path("start-fault").path("id"));
                if (id != null) {
                    once(id, pointer, "fault", faultsSeen);
                }
            }
        }
        faultIds.putAll(faultsSeen);
        unique("/dashboards", "dashboard", new HashMap<>());
        unique("/alerts", "alert", new HashMap<>());
        unique("/actions", "action", actionIds);
    }

    private void unique(String pointer, String what, Map<String, String> seen) {
        JsonNode items = root.at(pointer);
        for (int i = 0; items.isArray() && i < items.size(); i++) {
            String id = Times.text(items.get(i).path("id"));
            if (id != null) {
                once(id, pointer + "/" + i + "/id", what, seen);
            }
        }
    }

    private void once(String id, String here, String what, Map<String, String> seen) {
        String earlier = seen.putIfAbsent(id, here);
        if (earlier != null) {
            Integer line = document.lineOf(earlier);
            report(here, "the %s id '%s' is used twice; it was first used at %s%s".formatted(what, id,
                    YamlDocument.readablePath(earlier), line == null ? "" : " (line " + line + ")"));
        }
    }

    private @Nullable Double duration() {
        Double seconds = Times.seconds(root.path("duration"));
        if (seconds != null && (seconds < MIN_DURATION || seconds > MAX_DURATION)) {
            report("/duration", "a drill lasts between 1m and 30m of simulated time, not %s".formatted(root.path("duration").asString()));
            return null;
        }
        return seconds;
    }

    private void slo(@Nullable Double duration) {
        Double p99 = Times.seconds(root.path("slo").path("p99"));
        if (p99 != null && p99 == 0) {
            report("/slo/p99", "must be longer than zero: no request takes no time at all");
        }
        Double hold = Times.seconds(root.path("hold"));
        if (hold != null && duration != null && hold >= duration) {
            report("/hold", "the SLO must hold for %s, but the drill lasts only %s; hold it for less".formatted(Times.describe(hold),
                    Times.describe(duration)));
        }
    }

    private void hiddenFaults(@Nullable Double duration) {
        JsonNode list = root.path("faults");
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            String pointer = "/faults/" + i;
            JsonNode fault = list.get(i);
            faults.check(pointer, fault);
            time(pointer + "/at", fault.path("at"), duration);
        }
    }

    /** {@code at}: a duration or {between: [min, max]}, inside the run. */
    private void time(String pointer, JsonNode at, @Nullable Double duration) {
        if (at.isMissingNode()) {
            return;
        }
        if (at.isObject()) {
            JsonNode between = at.path("between");
            Double min = Times.seconds(between.path(0));
            Double max = Times.seconds(between.path(1));
            if (min != null && max != null && min > max) {
                report(pointer + "/between", "the earliest time (%s) is after the latest (%s); write [earliest, latest]".formatted(
                        between.path(0).asString(), between.path(1).asString()));
            } else if (max != null && duration != null && max >= duration) {
                report(pointer + "/between/1", "a fault at up to %s could come after the drill ends at %s".formatted(between.path(1).asString(),
                        Times.describe(duration)));
            }
            return;
        }
        if (!at.isString()) {
            report(pointer, "must be a duration such as 90s, or {between: [60s, 180s]} for a time drawn in each play, not %s".formatted(
                    at.isArray() ? "a list" : at.toString()));
            return;
        }
        Double seconds = Times.seconds(at);
        if (seconds != null && duration != null && seconds >= duration) {
            report(pointer, "a fault at %s comes after the drill ends at %s".formatted(at.asString(), Times.describe(duration)));
        }
    }

    private void signals() {
        JsonNode dashboards = root.path("dashboards");
        for (int i = 0; dashboards.isArray() && i < dashboards.size(); i++) {
            metric("/dashboards/" + i, dashboards.get(i));
        }
        JsonNode alerts = root.path("alerts");
        for (int i = 0; alerts.isArray() && i < alerts.size(); i++) {
            metric("/alerts/" + i, alerts.get(i));
            String metric = Times.text(alerts.get(i).path("metric"));
            Double above = Times.number(alerts.get(i).path("above"));
            if (above != null && above >= 1 && ("errors".equals(metric) || "utilisation".equals(metric))) {
                report("/alerts/%d/above".formatted(i), "%s is a share from 0 to 1, so it is never above %s; write e.g. 0.05 for 5%%"
                        .formatted(metric, alerts.get(i).path("above").toString()));
            }
        }
        JsonNode logs = root.path("logs");
        for (int i = 0; logs.isArray() && i < logs.size(); i++) {
            String pointer = "/logs/" + i;
            JsonNode when = logs.get(i).path("when");
            if (!when.isObject()) {
                continue;
            }
            List<String> set = List.of("metric", "fault", "action").stream().filter(when::has).toList();
            if (set.size() > 1) {
                report(pointer + "/when", "names %s; a line is written on exactly one of a metric, a fault or an action"
                        .formatted(String.join(" and ", set)));
            } else if (set.isEmpty()) {
                report(pointer + "/when", "must name a metric (with above), a fault or an action");
            } else if (set.getFirst().equals("metric")) {
                metric(pointer + "/when", when);
                if (!when.has("above")) {
                    report(pointer + "/when", "missing required property 'above': the line is written while the metric is above it");
                }
                Double every = Times.seconds(logs.get(i).path("every"));
                if (every != null && every < 1) {
                    report(pointer + "/every", "a line is written at most once a simulated second, not every %s".formatted(logs.get(i).path("every").asString()));
                }
            } else {
                for (String only : List.of("component", "above")) {
                    if (when.has(only)) {
                        report(pointer + "/when/" + only, "only a line written on a metric takes '%s'".formatted(only));
                    }
                }
                if (logs.get(i).has("every")) {
                    report(pointer + "/every", "a line written when a %s happens is written once; only a line written on a metric repeats"
                            .formatted(set.getFirst()));
                }
                if (logs.get(i).path("text").asString("").contains(Signals.VALUE)) {
                    report(pointer + "/text", "%s is the value of the line's metric; a line written when a %s happens has none"
                            .formatted(Signals.VALUE, set.getFirst()));
                }
            }
        }
    }

    /** A metric of one component names an existing one; an end-to-end metric names none. */
    private void metric(String pointer, JsonNode node) {
        String metric = Times.text(node.path("metric"));
        String component = Times.text(node.path("component"));
        if (metric == null || !Metrics.known(metric)) {
            return;
        }
        if (Metrics.ofComponent(metric) && component == null) {
            report(pointer + "/metric", "%s is measured per component; name the component".formatted(metric));
        } else if (!Metrics.ofComponent(metric) && component != null) {
            report(pointer + "/component", "%s is measured end to end, not per component; leave out the component or use utilisation, queue, workers or component-errors"
                    .formatted(metric));
        } else if (component != null) {
            faults.component(pointer + "/component", component, Set.of(), "a chart");
        }
    }

    private void actions(@Nullable Double duration) {
        JsonNode actions = root.path("actions");
        for (int i = 0; actions.isArray() && i < actions.size(); i++) {
            Double takes = Times.seconds(actions.get(i).path("takes"));
            if (takes != null && duration != null && takes >= duration) {
                report("/actions/%d/takes".formatted(i), "an action that takes %s would apply only after the drill ends at %s"
                        .formatted(actions.get(i).path("takes").asString(), Times.describe(duration)));
            }
            JsonNode effects = actions.get(i).path("effects");
            for (int j = 0; effects.isArray() && j < effects.size(); j++) {
                effect("/actions/%d/effects/%d".formatted(i, j), effects.get(j));
            }
        }
    }

    private void effect(String pointer, JsonNode effect) {
        if (!effect.isObject()) {
            return;
        }
        List<String> keys = EFFECT_KEYS.stream().filter(effect::has).toList();
        if (keys.size() > 1) {
            report(pointer, "names %s; an effect is exactly one of end-fault, scale, call, limit-arrivals or start-fault"
                    .formatted(String.join(" and ", keys)));
            return;
        }
        if (keys.isEmpty()) {
            return;   // the schema names what is missing or unknown
        }
        switch (keys.getFirst()) {
            case "end-fault" -> {
                String id = Times.text(effect.path("end-fault"));
                if (id != null && !faultIds.containsKey(id)) {
                    report(pointer + "/end-fault", "there is no fault '%s' to end%s".formatted(id, suggest(id, faultIds.keySet())));
                }
            }
            case "scale" -> {
                String id = Times.text(effect.path("scale"));
                if (id != null) {
                    faults.component(pointer + "/scale", id, Set.of("service"), "scaling");
                }
                if (effect.has("to") == effect.has("by")) {
                    report(pointer, "give exactly one of to (the replicas wanted) or by (how many more, or fewer when negative)");
                }
            }
            case "call" -> {
                faults.call(pointer + "/call", Times.text(effect.path("call").path("from")), Times.text(effect.path("call").path("to")));
                if (List.of("timeout", "attempts", "probability", "open").stream().noneMatch(effect::has)) {
                    report(pointer, "changes nothing; give at least one of timeout, attempts, probability or open");
                }
                Double timeout = Times.seconds(effect.path("timeout"));
                if (timeout != null && timeout == 0) {
                    report(pointer + "/timeout", "must be longer than zero");
                }
            }
            case "limit-arrivals" -> {
                JsonNode limit = effect.path("limit-arrivals");
                if (!limit.isNumber() && !"none".equals(Times.text(limit))) {
                    report(pointer + "/limit-arrivals", "must be a number of requests a second, or none to lift the limit, not %s"
                            .formatted(limit.isString() ? "'" + limit.asString() + "'" : limit.isObject() ? "a mapping" : limit.isArray() ? "a list" : limit.toString()));
                }
            }
            default -> faults.check(pointer + "/start-fault", effect.path("start-fault"));
        }
    }

    private void references() {
        JsonNode solution = root.path("solution");
        for (int i = 0; solution.isArray() && i < solution.size(); i++) {
            action("/solution/" + i, Times.text(solution.get(i)));
        }
        JsonNode logs = root.path("logs");
        for (int i = 0; logs.isArray() && i < logs.size(); i++) {
            JsonNode when = logs.get(i).path("when");
            action("/logs/%d/when/action".formatted(i), Times.text(when.path("action")));
            String fault = Times.text(when.path("fault"));
            if (fault != null && !faultIds.containsKey(fault)) {
                report("/logs/%d/when/fault".formatted(i), "there is no fault '%s'%s".formatted(fault, suggest(fault, faultIds.keySet())));
            }
        }
    }

    private void action(String pointer, @Nullable String id) {
        if (id != null && !actionIds.containsKey(id)) {
            report(pointer, "there is no action '%s'%s".formatted(id, suggest(id, actionIds.keySet())));
        }
    }

    private void topics(DrillValidator.@Nullable Topics topics) {
        JsonNode refs = root.path("topics");
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
                report("/topics/" + i, "there is no roadmap '%s'%s".formatted(roadmapId, suggest(roadmapId, topics.roadmapIds())));
            } else if (!known.contains(topicId)) {
                report("/topics/" + i, "the roadmap '%s' has no topic '%s'%s".formatted(roadmapId, topicId, suggest(topicId, known)));
            }
        }
    }

    /** The lab refuses a run that would certainly hit its event bound; so does a drill. */
    private void runSize(double duration) {
        RunOptions options = RunOptions.DEFAULTS.withDuration(duration);
        Simulation.SizeEstimate size = Simulation.estimate(model, options);
        if (size.exceeds(options)) {
            report("/duration", ("the model '%s' would take about %s simulator events over %s; a run may take at most %,d: shorten the drill")
                    .formatted(model.id(), String.format(Locale.ROOT, "%,.0f", size.events()), Times.describe(duration), options.maxEvents()));
        }
    }

    /** Which kinds of component a model holds, by id. */
    static String kind(Component component) {
        return switch (component) {
            case Component.LoadBalancer b -> "load-balancer";
            case Component.Service s -> "service";
            case Component.Cache c -> "cache";
            case Component.Database d -> "database";
            case Component.Queue q -> "queue";
            case Component.External e -> "external";
        };
    }
}
