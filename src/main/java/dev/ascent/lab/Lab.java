package dev.ascent.lab;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.lab.format.ModelLibrary;
import dev.ascent.lab.format.SystemValidator;
import dev.ascent.lab.internal.Knobs;
import dev.ascent.lab.internal.LabRunner;
import dev.ascent.lab.internal.RunStore;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The systems lab: the library of built-in models, runs of them with knobs changed and a prediction written down
 * first, a learner's runs and how well they predict. Runs are the learner's own: another person's run is not found.
 */
@Service
public class Lab {

    /** The most minutes one run credits as practice: time beyond it was not spent on the run. */
    public static final int MAX_MINUTES_A_RUN = 20;
    /** Runs a page lists and calibration looks back over. */
    public static final int RECENT = 50;

    private final ModelLibrary library = ModelLibrary.builtIn();
    private final RunStore runs;
    private final LabRunner runner;
    private final FormErrors forms;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Lab(RunStore runs, LabRunner runner, FormErrors forms, Catalog catalog, ApplicationEventPublisher events,
        TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.runner = runner;
        this.forms = forms;
        this.catalog = catalog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The built-in models, in the library's order. */
    public List<ModelLibrary.Entry> models() {
        return library.entries();
    }

    public Optional<ModelLibrary.Entry> model(String id) {
        return library.entry(id);
    }

    public List<Knob> knobs(SystemModel model) {
        return Knobs.of(model);
    }

    /** Checks a model's YAML (topic references against the published roadmaps), every problem at once. */
    public SystemReport validate(String file, String yaml) {
        return SystemValidator.validate(file, yaml, new SystemValidator.Topics() {
            @Override
            public Set<String> roadmapIds() {
                return catalog.roadmaps().stream().map(r -> r.id()).collect(Collectors.toSet());
            }

            @Override
            public @Nullable Set<String> topicIds(String roadmapId) {
                return catalog.roadmap(roadmapId).map(r -> r.topics().stream().map(Roadmap.Topic::id).collect(Collectors.toSet())).orElse(null);
            }
        });
    }

    /**
     * Runs a built-in model with the form's knobs; invalid knobs, a prediction naming no component of the model, or a
     * run too big for the lab's bounds are refused by field. Throws {@link RunLimitReached} over the fair-use limits.
     */
    public Outcome<LabRun> run(UUID accountId, String modelId, RunForm form) {
        Optional<ModelLibrary.Entry> entry = library.entry(modelId);
        if (entry.isEmpty()) {
            return Outcome.notFound("There is no model '%s' in the lab.".formatted(modelId));
        }
        return run(accountId, entry.get().model(), form);
    }

    /** What is wrong with a run of a built-in model, by field, without running it; empty when it may run. */
    public Map<String, String> problems(String modelId, RunForm form) {
        return library.entry(modelId).map(e -> problems(e.model(), form)).orElse(Map.of());
    }

    private Map<String, String> problems(SystemModel model, RunForm form) {
        Map<String, String> errors = new LinkedHashMap<>(forms.check(form));
        Map<String, Double> changes = changes(model, form, errors);
        if (form.predictedBottleneck() != null && !form.predictedBottleneck().isBlank()
                && model.components().stream().noneMatch(c -> c.id().equals(form.predictedBottleneck()))) {
            errors.putIfAbsent("predictedBottleneck", "Choose one of the model's components.");
        }
        if (errors.isEmpty()) {
            var options = options(form);
            var size = Simulation.estimate(Knobs.apply(model, changes), options);
            if (size.exceeds(options)) {
                errors.put("run", "This run would take about %,.0f million events, more than the lab's %,d million: lower the arrival rate."
                        .formatted(size.events() / 1e6, options.maxEvents() / 1_000_000));
            }
        }
        return errors;
    }

    private static dev.ascent.lab.engine.RunOptions options(RunForm form) {
        return form.seed() == null ? LabRunner.BOUNDS : LabRunner.BOUNDS.withSeed(form.seed());
    }

    /** Runs a model of the learner's own (checked YAML) with the form's knobs. */
    public Outcome<LabRun> run(UUID accountId, SystemModel model, RunForm form) {
        Map<String, String> errors = problems(model, form);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        Map<String, Double> changes = changes(model, form, new LinkedHashMap<>());
        SystemModel changed = Knobs.apply(model, changes);
        var options = options(form);
        RunResult result;
        try {
            result = runner.run(accountId, changed, options);
        } catch (IllegalArgumentException e) {
            // the validator refuses what the engine cannot run; this is the last line, never a 500
            return Outcome.invalid("run", "This model cannot run: %s.".formatted(e.getMessage()));
        }
        Instant now = clock.instant();
        String bottleneck = result.bottleneck() == null ? null : result.bottleneck().component();
        String predictedBottleneck = form.predictedBottleneck() == null || form.predictedBottleneck().isBlank() ? null : form.predictedBottleneck();
        LabRun run = new LabRun(UUID.randomUUID(), model.id(), model.title(), changes, result.seed(), form.predictedP99Ms(),
                predictedBottleneck, result.summary().p99Ms(), result.summary().errorRatio(), bottleneck, minutes(form.started(), now),
                result, now);
        transactions.executeWithoutResult(status -> {
            runs.insert(accountId, run);
            events.publishEvent(new LabRunFinished(accountId, run.id(), model.id(), model.title(), model.topics(), run.minutes(),
                    LocalDate.ofInstant(now, clock.getZone())));
        });
        return Outcome.saved(run);
    }

    /** The knobs the form sets to something other than the model's own value; unknown or bad ones as errors by field. */
    private static Map<String, Double> changes(SystemModel model, RunForm form, Map<String, String> errors) {
        Map<String, Knob> knobs = new LinkedHashMap<>();
        Knobs.of(model).forEach(k -> knobs.put(k.key(), k));
        Map<String, Double> changes = new LinkedHashMap<>();
        Map<String, String> asked = form.knobs() == null ? Map.of() : form.knobs();
        for (var knob : knobs.values()) {
            String text = asked.get(knob.key());
            if (text == null || text.isBlank()) {
                continue;
            }
            Double value = number(text);
            String problem = value == null ? "%s: give a number, such as %s.".formatted(knob.label(), knob.text()) : knob.problem(value);
            if (problem != null) {
                errors.putIfAbsent("knobs[" + knob.key() + "]", problem);
            } else if (value != knob.value()) {
                changes.put(knob.key(), value);
            }
        }
        asked.keySet().stream().filter(key -> !knobs.containsKey(key)).findFirst()
                .ifPresent(key -> errors.putIfAbsent("knobs[" + key + "]", "This model has no knob '%s'.".formatted(key)));
        return changes;
    }

    private static @Nullable Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(",", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int minutes(@Nullable Long started, Instant now) {
        if (started == null || started > now.toEpochMilli() || started < now.minus(Duration.ofDays(1)).toEpochMilli()) {
            return 1;
        }
        long minutes = (now.toEpochMilli() - started + 30_000) / 60_000;
        return (int) Math.clamp(minutes, 1, MAX_MINUTES_A_RUN);
    }

    /** The account's latest runs, newest first, without their series; of one model when {@code modelId} is given. */
    public List<LabRun> runs(UUID accountId, @Nullable String modelId) {
        return runs.list(accountId, modelId, RECENT);
    }

    public Optional<LabRun> run(UUID accountId, UUID runId) {
        return runs.find(accountId, runId);
    }

    /** How close the account's predictions have been over its latest runs. */
    public Calibration calibration(UUID accountId) {
        List<LabRun> latest = runs.list(accountId, null, RECENT);
        List<Double> misses = new ArrayList<>();
        int within = 0;
        int named = 0;
        int right = 0;
        for (LabRun run : latest) {
            Double ratio = run.p99Ratio();
            if (ratio != null) {
                double miss = Math.max(ratio, 1 / ratio);
                misses.add(miss);
                within += miss <= 2 ? 1 : 0;
            }
            Boolean hit = run.bottleneckRight();
            if (hit != null) {
                named++;
                right += hit ? 1 : 0;
            }
        }
        misses.sort(Double::compare);
        Double median = misses.isEmpty() ? null : misses.size() % 2 == 1 ? misses.get(misses.size() / 2)
                : (misses.get(misses.size() / 2 - 1) + misses.get(misses.size() / 2)) / 2;
        return new Calibration(latest.size(), misses.size(), within, median, named, right);
    }

    /** The titles of a model's topics by their "roadmap-id/topic-id" reference, for those a published roadmap has. */
    public Map<String, String> topicTitles(SystemModel model) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String ref : model.topics()) {
            int slash = ref.indexOf('/');
            if (slash > 0) {
                catalog.roadmap(ref.substring(0, slash)).flatMap(r -> r.topic(ref.substring(slash + 1)))
                        .ifPresent(topic -> titles.put(ref, topic.title()));
            }
        }
        return titles;
    }

    /** The ids of the components of a model, for a prediction's choices. */
    public static List<String> components(SystemModel model) {
        return model.components().stream().map(Component::id).toList();
    }
}
