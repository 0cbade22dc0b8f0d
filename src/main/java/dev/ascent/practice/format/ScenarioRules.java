package dev.ascent.practice.format;

import dev.ascent.lab.BuiltInModels;
import dev.ascent.lab.Knob;
import dev.ascent.platform.Problem;
import dev.ascent.platform.Suggestions;
import dev.ascent.platform.YamlDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the scenario schema cannot say: option and rubric ids are unique, every metric series has
 * one point per label, at least one option is strong (so the debrief has a standard to point to),
 * linked topics exist in the published roadmaps, and lab models named are built in, with knobs they have. Reads the raw tree defensively so it reports
 * alongside schema errors.
 */
final class ScenarioRules {

    private final YamlDocument document;
    private final JsonNode root;
    private final ScenarioValidator.@Nullable Topics topics;
    private final List<Problem> problems = new ArrayList<>();

    private ScenarioRules(YamlDocument document, JsonNode root, ScenarioValidator.@Nullable Topics topics) {
        this.document = document;
        this.root = root;
        this.topics = topics;
    }

    static List<Problem> check(YamlDocument document, JsonNode root, ScenarioValidator.@Nullable Topics topics) {
        var rules = new ScenarioRules(document, root, topics);
        rules.unique("/options", "option");
        rules.unique("/rubric", "rubric line");
        rules.seriesMatchLabels();
        rules.aStrongOption();
        rules.topicsExist();
        rules.labModelsExist();
        rules.ownIsReserved();
        rules.noNulCharacters(root, "");
        return rules.problems;
    }

    private void report(String pointer, String message) {
        problems.add(document.problem(pointer, message));
    }

    private void unique(String pointer, String what) {
        Map<String, String> seen = new HashMap<>();
        JsonNode items = root.at(pointer);
        if (!items.isArray()) {
            return;   // the schema says it must be a list; a mapping's size() would count its keys
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).path("id");
            if (!id.isString()) {
                continue;
            }
            String here = pointer + "/" + i + "/id";
            String earlier = seen.putIfAbsent(id.asString(), here);
            if (earlier != null) {
                Integer line = document.lineOf(earlier);
                report(here, "the %s id '%s' is used twice; it was first used at %s%s".formatted(what, id.asString(),
                        YamlDocument.readablePath(earlier), line == null ? "" : " (line " + line + ")"));
            }
        }
    }

    private void seriesMatchLabels() {
        JsonNode signals = root.path("signals");
        if (!signals.isArray()) {
            return;
        }
        for (int i = 0; i < signals.size(); i++) {
            JsonNode signal = signals.get(i);
            if (!"metric".equals(signal.path("type").asString(null)) || !signal.path("labels").isArray()) {
                continue;
            }
            int labels = signal.path("labels").size();
            JsonNode series = signal.path("series");
            if (!series.isArray()) {
                continue;
            }
            for (int s = 0; s < series.size(); s++) {
                JsonNode points = series.get(s).path("points");
                if (points.isArray() && points.size() != labels) {
                    report("/signals/%d/series/%d/points".formatted(i, s), "has %d points but the chart has %d labels; give one point per label"
                            .formatted(points.size(), labels));
                }
            }
        }
    }

    private void aStrongOption() {
        JsonNode options = root.path("options");
        if (!options.isArray() || options.isEmpty()) {
            return;
        }
        for (JsonNode option : options) {
            if ("strong".equals(option.path("quality").asString(null))) {
                return;
            }
        }
        report("/options", "no option has quality 'strong'; mark the one experienced engineers would choose, so the debrief has a standard");
    }

    /** "own" stands for the learner's own option in an attempt. */
    private void ownIsReserved() {
        JsonNode options = root.path("options");
        if (!options.isArray()) {
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            if ("own".equals(options.get(i).path("id").asString(null))) {
                report("/options/%d/id".formatted(i), "the option id 'own' is kept for the learner's own option; choose another id");
            }
        }
    }

    /** A NUL character cannot be stored in PostgreSQL text; it is never meant to be in a scenario. */
    private void noNulCharacters(JsonNode node, String pointer) {
        if (node.isString() && node.asString().indexOf('\u0000') >= 0) {
            report(pointer, "contains a NUL character; remove it");
        } else if (node.isObject()) {
            for (var entry : node.properties()) {
                noNulCharacters(entry.getValue(), pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                noNulCharacters(node.get(i), pointer + "/" + i);
            }
        }
    }

    /** The scenario's and each option's lab model is built in, and each change is one of its knobs with a value it takes. */
    private void labModelsExist() {
        labModel("/lab", root.path("lab"));
        JsonNode options = root.path("options");
        if (options.isArray()) {
            for (int i = 0; i < options.size(); i++) {
                labModel("/options/%d/lab".formatted(i), options.get(i).path("lab"));
            }
        }
    }

    private void labModel(String pointer, JsonNode lab) {
        if (!lab.isObject() || !lab.path("model").isString()) {
            return;   // absent, or the schema reports it
        }
        String model = lab.path("model").asString();
        var knobs = BuiltInModels.knobs(model);
        if (knobs.isEmpty()) {
            report(pointer + "/model", "there is no model '%s' in the lab%s".formatted(model, Suggestions.closest(model, BuiltInModels.ids())
                    .map("; did you mean '%s'?"::formatted).orElse("")));
            return;
        }
        JsonNode changes = lab.path("changes");
        if (!changes.isObject()) {
            return;
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (var change : changes.properties()) {
            if (change.getValue().isNumber()) {
                numbers.put(change.getKey(), change.getValue().asDouble());
            }
        }
        Set<String> keys = knobs.get().stream().map(Knob::key).collect(Collectors.toSet());
        BuiltInModels.problems(model, numbers).forEach((key, problem) -> {
            String at = pointer + "/changes/" + key.replace("~", "~0").replace("/", "~1");
            report(at, keys.contains(key) ? problem : "the model '%s' has no knob '%s'%s".formatted(model, key,
                    Suggestions.closest(key, keys).map("; did you mean '%s'?"::formatted).orElse("")));
        });
    }

    private void topicsExist() {
        JsonNode refs = root.path("topics");
        if (topics == null || !refs.isArray()) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i).asString("");
            int slash = ref.indexOf('/');
            if (slash < 0) {
                continue;   // the schema's pattern already says how to write it
            }
            String roadmapId = ref.substring(0, slash);
            String topicId = ref.substring(slash + 1);
            Set<String> known = topics.topicIds(roadmapId);
            String pointer = "/topics/" + i;
            if (known == null) {
                report(pointer, "there is no roadmap '%s'%s".formatted(roadmapId, Suggestions.closest(roadmapId, topics.roadmapIds())
                        .map("; did you mean '%s'?"::formatted).orElse("")));
            } else if (!known.contains(topicId)) {
                report(pointer, "the roadmap '%s' has no topic '%s'%s".formatted(roadmapId, topicId, Suggestions.closest(topicId, known)
                        .map("; did you mean '%s'?"::formatted).orElse("")));
            }
        }
    }
}
