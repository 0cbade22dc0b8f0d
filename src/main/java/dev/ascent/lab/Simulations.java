package dev.ascent.lab;

import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.lab.internal.Knobs;
import dev.ascent.lab.internal.LabRunner;
import dev.ascent.platform.CacheConfiguration;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Built-in models run with some knobs changed, for everyone: what a scenario's option does to a system. A run is
 * deterministic for its model, changes and seed, so each is simulated once on the lab's bounded pool and then served
 * from a cache ({@link CacheConfiguration#LAB_SIMULATIONS}); no account's limit applies, and the library bounds how
 * many different runs there can be. Not a learner's run: nothing is stored or credited.
 */
@Service
public class Simulations {

    private final ModelLibrary library = ModelLibrary.builtIn();
    private final LabRunner runner;
    private final Cache cache;

    Simulations(LabRunner runner, CacheManager caches) {
        this.runner = runner;
        this.cache = CacheConfiguration.named(caches, CacheConfiguration.LAB_SIMULATIONS);
    }

    /** What is simulated: a built-in model, its knobs changed (sorted, none at the model's own value), a seed. */
    record Key(String modelId, Map<String, Double> changes, long seed) {
    }

    /**
     * The result of the built-in model with the changes, or empty when there is no such model or a change is not
     * one its knobs accept ({@link BuiltInModels#problems}). Throws {@link RunLimitReached} when the lab's pool is
     * full; nothing is cached then, so asking again later runs it.
     */
    public Optional<RunResult> simulate(String modelId, Map<String, Double> changes) {
        Optional<ModelLibrary.Entry> entry = library.entry(modelId);
        if (entry.isEmpty() || !BuiltInModels.problems(modelId, changes).isEmpty()) {
            return Optional.empty();
        }
        SystemModel model = entry.get().model();
        Map<String, Double> effective = new TreeMap<>();
        for (Knob knob : Knobs.of(model)) {
            Double value = changes.get(knob.key());
            if (value != null && value != knob.value()) {
                effective.put(knob.key(), value);
            }
        }
        Key key = new Key(modelId, Map.copyOf(effective), model.seed());
        try {
            return Optional.of(cache.get(key, () -> runner.execute(Knobs.apply(model, effective), LabRunner.BOUNDS)));
        } catch (Cache.ValueRetrievalException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
