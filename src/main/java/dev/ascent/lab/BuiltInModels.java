package dev.ascent.lab;

import dev.ascent.lab.engine.SystemModel;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.lab.internal.Knobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's built-in models as other modules name them (a scenario's option, say): which exist, their knobs, and
 * what is wrong with a set of knob changes, in the words of the lab's own form. Plain Java: the library is read from
 * the classpath, so a command-line validator checks the same things as the app.
 */
public final class BuiltInModels {

    private BuiltInModels() {
    }

    public static List<String> ids() {
        return ModelLibrary.IDS;
    }

    /** A built-in model as the engine runs it, or empty when there is no such model. */
    public static Optional<SystemModel> model(String modelId) {
        return ModelLibrary.builtIn().entry(modelId).map(ModelLibrary.Entry::model);
    }

    public static Optional<String> title(String modelId) {
        return ModelLibrary.builtIn().entry(modelId).map(e -> e.model().title());
    }

    /** The knobs of a built-in model, or empty when there is no such model. */
    public static Optional<List<Knob>> knobs(String modelId) {
        return ModelLibrary.builtIn().entry(modelId).map(e -> Knobs.of(e.model()));
    }

    /**
     * What is wrong with each change, by knob key: a key the model has no knob for, or a value its knob refuses.
     * Empty when every change may run (the caller checks that the model exists).
     */
    public static Map<String, String> problems(String modelId, Map<String, Double> changes) {
        Map<String, Knob> knobs = new LinkedHashMap<>();
        knobs(modelId).orElse(List.of()).forEach(k -> knobs.put(k.key(), k));
        Map<String, String> problems = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            Knob knob = knobs.get(key);
            String problem = knob == null ? "This model has no knob '%s'.".formatted(key) : knob.problem(value);
            if (problem != null) {
                problems.put(key, problem);
            }
        });
        return problems;
    }
}
