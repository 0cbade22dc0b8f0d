package dev.ascent.practice;

import dev.ascent.platform.Digests;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.practice.format.ScenarioValidator;
import dev.ascent.practice.internal.AttemptStore;
import dev.ascent.practice.internal.ScenarioStore;
import dev.ascent.platform.CacheConfiguration;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The practice module's API for scenarios and attempts at them. Every attempt call names the
 * account it acts for; another account's attempt is simply not found.
 */
@Service
public class Practice {

    /**
     * A submitted step, which is stored whether or not it was complete: the attempt as stored now, and what
     * the step still needs by field before it can move on (empty when it moved on).
     */
    public record Submitted(Attempt attempt, Map<String, String> missing) {
        public Submitted {
            missing = Map.copyOf(missing);
        }

        public boolean movedOn() {
            return missing.isEmpty();
        }
    }

    /** A topic a scenario exercises, resolved against the catalog for display. */
    public record TopicLink(String roadmapId, String topicId, String title, String roadmapTitle) {
    }

    private final ScenarioStore scenarios;
    private final AttemptStore attempts;
    private final Catalog catalog;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final FormErrors formErrors;
    /** Parsed scenarios by "id@version"; a published version never changes, so entries never go stale. */
    private final Cache parsed;

    Practice(ScenarioStore scenarios, AttemptStore attempts, Catalog catalog, JsonMapper json, Clock clock, ApplicationEventPublisher events,
             CacheManager caches, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.scenarios = scenarios;
        this.attempts = attempts;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
        this.events = events;
        this.parsed = CacheConfiguration.named(caches, CacheConfiguration.SCENARIOS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- scenarios ---

    /** The current version of every scenario, by level and then title. */
    public List<Scenario> scenarios() {
        return scenarios.current().stream()
                .map(p -> version(p.id(), p.version()).orElseThrow())
                .sorted(Comparator.comparing(Scenario::level).thenComparing(Scenario::title))
                .toList();
    }

    /** The current version of a scenario, retired or not (attempts at a retired one still link to it). */
    public Optional<Scenario> scenario(String id) {
        return scenarios.current(id).flatMap(p -> version(p.id(), p.version()));
    }

    /** Whether the scenario was taken out of the library: attempts at it are kept, new ones do not start. */
    public boolean retired(String id) {
        return scenarios.retired(id);
    }

    /** A scenario as it was at a version, e.g. the one an attempt was answered against. */
    public Optional<Scenario> version(String id, int version) {
        String key = id + "@" + version;
        Scenario cached = parsed.get(key, Scenario.class);
        if (cached != null) {
            return Optional.of(cached);
        }
        return scenarios.document(id, version).map(doc -> {
            Scenario scenario = ScenarioValidator.read(json.readTree(doc));
            parsed.put(key, scenario);
            return scenario;
        });
    }

    /** The linked topics that exist in the published roadmaps, with their titles. */
    public List<TopicLink> topics(Scenario scenario) {
        return scenario.topics().stream().map(ref -> {
            int slash = ref.indexOf('/');
            String roadmapId = ref.substring(0, slash);
            String topicId = ref.substring(slash + 1);
            return catalog.roadmap(roadmapId).flatMap(r -> r.topic(topicId).map(t -> new TopicLink(roadmapId, topicId, t.title(), r.title())));
        }).flatMap(Optional::stream).toList();
    }

    public ScenarioReport validate(String fileName, String yaml) {
        return ScenarioValidator.validate(fileName, yaml, topicIndex());
    }

    @Transactional
    public Publication publish(String fileName, String yaml, Publication.Source source) {
        ScenarioReport report = validate(fileName, yaml);
        if (!report.valid()) {
            return new Publication(Publication.Outcome.INVALID, "%s has %d problem%s; nothing was published".formatted(fileName,
                    report.problems().size(), report.problems().size() == 1 ? "" : "s"), report);
        }
        Scenario incoming = report.scenario();
        String document = json.writeValueAsString(incoming);
        String hash = Digests.sha256Hex(document);
        var current = scenarios.currentForUpdate(incoming.id());
        if (current.isPresent()) {
            int published = current.get().version();
            if (incoming.version() == published && current.get().contentHash().equals(hash)) {
                scenarios.reinstate(incoming.id());   // publishing a retired scenario again brings it back
                return new Publication(Publication.Outcome.UNCHANGED, "%s version %d is already published with this content".formatted(incoming.id(), published), report);
            }
            if (incoming.version() == published) {
                return new Publication(Publication.Outcome.REFUSED, "%s version %d is already published with different content; raise 'version' to %d to publish this change"
                        .formatted(incoming.id(), published, published + 1), report);
            }
            if (incoming.version() < published) {
                return new Publication(Publication.Outcome.REFUSED, "%s version %d is older than the published version %d; publish it as version %d"
                        .formatted(incoming.id(), incoming.version(), published, published + 1), report);
            }
        }
        scenarios.insert(incoming.id(), incoming.version(), incoming.title(), incoming.level().key(), source.name().toLowerCase(java.util.Locale.ROOT),
                fileName, hash, yaml, document);
        scenarios.reinstate(incoming.id());
        return current.isEmpty()
                ? new Publication(Publication.Outcome.PUBLISHED, "published %s version %d".formatted(incoming.id(), incoming.version()), report)
                : new Publication(Publication.Outcome.UPGRADED, "upgraded %s from version %d to %d; attempts keep the version they were answered against"
                .formatted(incoming.id(), current.get().version(), incoming.version()), report);
    }

    /**
     * Keeps an earlier version of a built-in scenario (or one since retired), so attempts answered against it,
     * on this server or in an export from an older one, still find their text. Never replaces a newer version.
     */
    @Transactional
    public Publication keepEarlierVersion(String fileName, String yaml) {
        ScenarioReport report = validate(fileName, yaml);
        if (!report.valid()) {
            return new Publication(Publication.Outcome.INVALID, "%s has %d problem%s; nothing was kept".formatted(fileName,
                    report.problems().size(), report.problems().size() == 1 ? "" : "s"), report);
        }
        Scenario incoming = report.scenario();
        var current = scenarios.currentForUpdate(incoming.id());
        if (scenarios.exists(incoming.id(), incoming.version())) {
            return new Publication(Publication.Outcome.UNCHANGED, "%s version %d is already kept".formatted(incoming.id(), incoming.version()), report);
        }
        if (current.isPresent() && current.get().version() < incoming.version()) {
            return new Publication(Publication.Outcome.REFUSED, "%s version %d is not earlier than the published version %d; publish it instead"
                    .formatted(incoming.id(), incoming.version(), current.get().version()), report);
        }
        String document = json.writeValueAsString(incoming);
        scenarios.insert(incoming.id(), incoming.version(), incoming.title(), incoming.level().key(), "builtin", fileName,
                Digests.sha256Hex(document), yaml, document);
        return new Publication(Publication.Outcome.PUBLISHED, "kept %s version %d".formatted(incoming.id(), incoming.version()), report);
    }

    private ScenarioValidator.Topics topicIndex() {
        return new ScenarioValidator.Topics() {
            @Override
            public Set<String> roadmapIds() {
                return catalog.roadmaps().stream().map(r -> r.id()).collect(Collectors.toSet());
            }

            @Override
            public @Nullable Set<String> topicIds(String roadmapId) {
                return catalog.roadmap(roadmapId).map(r -> r.topics().stream().map(Roadmap.Topic::id).collect(Collectors.toSet())).orElse(null);
            }
        };
    }

    // --- attempts ---

    /**
     * The account's unfinished attempt at this scenario, or a new one at its current version. Empty when there is no such
     * scenario, or when it is retired and the account has no unfinished attempt at it.
     */
    @Transactional
    public Optional<Attempt> start(UUID accountId, String scenarioId) {
        Optional<Scenario> scenario = scenario(scenarioId);
        if (scenario.isEmpty()) {
            return Optional.empty();
        }
        attempts.lock(accountId, scenarioId);
        Optional<Attempt> open = attempts.list(accountId, scenarioId, 50).stream().filter(a -> !a.done()).findFirst();
        if (open.isEmpty() && scenarios.retired(scenarioId)) {
            return Optional.empty();   // an unfinished attempt at a retired scenario can still be finished; a new one cannot start
        }
        return Optional.of(open.orElseGet(() -> attempts.start(accountId, scenarioId, scenario.get().version())));
    }

    public Optional<Attempt> attempt(UUID accountId, UUID attemptId) {
        return attempts.find(accountId, attemptId);
    }

    /** The account's attempts, newest activity first; of one scenario when it is given. */
    public List<Attempt> attempts(UUID accountId, @Nullable String scenarioId) {
        return attempts.list(accountId, scenarioId, 200);
    }

    /** Keeps what was typed into the current step, complete or not: the attempt as stored now. */
    @Transactional
    public Outcome<Attempt> saveDraft(UUID accountId, UUID attemptId, AttemptForm form, int expectedVersion) {
        return save(accountId, attemptId, form, expectedVersion, false).map(Submitted::attempt);
    }

    /**
     * Keeps what was typed and moves to the next step when the current one is complete. When it is
     * not, the text is kept all the same and {@link Submitted#missing} says what is missing.
     */
    @Transactional
    public Outcome<Submitted> submit(UUID accountId, UUID attemptId, AttemptForm form, int expectedVersion) {
        return save(accountId, attemptId, form, expectedVersion, true);
    }

    private Outcome<Submitted> save(UUID accountId, UUID attemptId, AttemptForm form, int expectedVersion, boolean advance) {
        Optional<Attempt> found = attempts.find(accountId, attemptId);
        if (found.isEmpty()) {
            return Outcome.notFound("You have no such attempt.");
        }
        Attempt current = found.get();
        if (current.version() != expectedVersion) {
            return Outcome.conflict("This attempt was saved from another tab or device since you opened it. What you typed is still here; "
                    + "copy it, reload, and paste it back.", new Submitted(current, Map.of()));
        }
        Scenario scenario = version(current.scenarioId(), current.scenarioVersion()).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        AttemptFlow.draftProblems(current, scenario, form).forEach(errors::putIfAbsent);
        return Outcome.unless(errors, () -> {
            Attempt next = AttemptFlow.withDraft(current, form);
            Map<String, String> missing = advance ? AttemptFlow.stepProblems(next, scenario) : Map.of();
            if (advance && missing.isEmpty()) {
                next = AttemptFlow.advance(next, scenario, clock.instant());
            }
            if (!attempts.update(accountId, next, expectedVersion)) {
                return Outcome.conflict("This attempt was saved from elsewhere at the same moment. What you typed is still here; copy it, reload, "
                        + "and paste it back.", new Submitted(attempts.find(accountId, attemptId).orElse(current), Map.of()));
            }
            if (next.done()) {
                int minutes = AttemptFlow.creditedMinutes(current.startedAt(), clock.instant(), scenario.expectedMinutes());
                events.publishEvent(new ScenarioCompleted(accountId, attemptId, scenario.id(), scenario.title(), scenario.topics(), minutes, today()));
            }
            return Outcome.saved(new Submitted(attempts.find(accountId, attemptId).orElseThrow(), missing));
        });
    }
}
