package dev.ascent.practice;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.platform.Tags;
import dev.ascent.practice.internal.DecisionStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The learner's record of real decisions from work, numbered like architecture decision records,
 * each with a date to revisit it. Every call names the account it acts for.
 */
@Service
public class DecisionJournal {

    /** A group of topics a decision can link to, one per roadmap. */
    public record TopicGroup(String roadmapTitle, List<TopicChoice> topics) {
    }

    /** "roadmap-id/topic-id" and the topic's title. */
    public record TopicChoice(String value, String title) {
    }

    private static final String CONFLICT = "This record was changed in another tab or device since you opened it. What you typed is still here; "
            + "copy it, reload, and paste it back.";

    private static final String NOT_FOUND = "You have no such decision record.";

    private final DecisionStore store;
    private final Catalog catalog;
    private final Clock clock;
    private final FormErrors formErrors;

    DecisionJournal(DecisionStore store, Catalog catalog, Clock clock, FormErrors formErrors) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The records, newest number first, filtered by tag, topic and status ("due" for those waiting for a revisit). */
    public List<DecisionRecord> records(UUID accountId, @Nullable String tag, @Nullable String topic, @Nullable String status) {
        boolean due = "due".equalsIgnoreCase(status == null ? "" : status.strip());
        tag = Tags.filter(tag);
        topic = Tags.filter(topic);
        return store.list(accountId, new DecisionStore.Filter(tag, topic,
                due ? null : DecisionRecord.Status.parse(status), due ? today() : null), 500);
    }

    public int count(UUID accountId) {
        return store.count(accountId);
    }

    public List<DecisionRecord> due(UUID accountId) {
        return store.list(accountId, new DecisionStore.Filter(null, null, null, today()), 50);
    }

    public Optional<DecisionRecord> record(UUID accountId, UUID id) {
        return store.find(accountId, id);
    }

    /**
     * Everything wrong with a record as typed, by field: its annotations first, then the rules that need
     * today and the roadmaps. Empty when it can be saved. Pages whose form could not all be read ask this
     * for the rest, so every problem shows at once.
     */
    public Map<String, String> problems(DecisionForm form) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        form.problems(today(), topicValues()).forEach(errors::putIfAbsent);
        return errors;
    }

    /** Records a decision with the next ADR number: the record as stored, or what is wrong by field. */
    @Transactional
    public Outcome<DecisionRecord> create(UUID accountId, DecisionForm form) {
        return Outcome.unless(problems(form), () -> {
            DecisionRecord record = form.record(UUID.randomUUID(), store.nextNumber(accountId), today(), null);
            store.insert(accountId, record);
            return Outcome.saved(store.find(accountId, record.id()).orElseThrow());
        });
    }

    /** Replaces a record's fields; a conflict (with the record as stored) when it changed since {@code expectedVersion}. */
    @Transactional
    public Outcome<DecisionRecord> update(UUID accountId, UUID id, DecisionForm form, int expectedVersion) {
        Optional<DecisionRecord> before = store.find(accountId, id);
        if (before.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        if (before.get().version() != expectedVersion) {
            return Outcome.conflict(CONFLICT, before.get());
        }
        return Outcome.unless(problems(form), () -> written(accountId, form.record(id, before.get().number(), today(), before.get()),
                expectedVersion, before.get()));
    }

    /** Everything wrong with a look back, by field: its annotations, then the next day to look again against today. */
    public Map<String, String> problems(DecisionRevisit revisit) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(revisit));
        LocalDate next = revisit.nextRevisit();
        if (next != null && (!next.isAfter(today()) || next.isAfter(today().plusYears(5)))) {
            errors.putIfAbsent("nextRevisit", "Choose a day after today and within five years, or leave it empty.");
        }
        return errors;
    }

    /**
     * Looks back at a decision: what actually happened and what the learner would decide now;
     * optionally a date to look again.
     */
    @Transactional
    public Outcome<DecisionRecord> revisit(UUID accountId, UUID id, DecisionRevisit revisit, int expectedVersion) {
        Optional<DecisionRecord> before = store.find(accountId, id);
        if (before.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        DecisionRecord r = before.get();
        if (r.version() != expectedVersion) {
            return Outcome.conflict(CONFLICT, r);
        }
        return Outcome.unless(problems(revisit), () -> written(accountId, new DecisionRecord(r.id(), r.number(), r.title(), r.status(),
                r.decidedOn(), r.context(), r.drivers(), r.options(), r.outcome(), r.consequences(), r.tags(), r.topics(),
                revisit.nextRevisit() == null ? r.revisitOn() : revisit.nextRevisit(), today(), DecisionForm.clean(revisit.actualOutcome()),
                DecisionForm.clean(revisit.wouldDecideNow()), r.version()), expectedVersion, r));
    }

    private Outcome<DecisionRecord> written(UUID accountId, DecisionRecord record, int expectedVersion, DecisionRecord before) {
        if (!store.update(accountId, record, expectedVersion)) {
            return Outcome.conflict(CONFLICT, store.find(accountId, record.id()).orElse(before));
        }
        return Outcome.saved(store.find(accountId, record.id()).orElseThrow());
    }

    @Transactional
    public boolean delete(UUID accountId, UUID id) {
        return store.delete(accountId, id);
    }

    /** Every record as its own Markdown file, numbered as ADR tools do, with an index; as a zip archive. */
    public byte[] markdownArchive(UUID accountId) {
        List<DecisionRecord> records = new ArrayList<>(store.list(accountId, new DecisionStore.Filter(null, null, null, null), Integer.MAX_VALUE));
        records.sort(java.util.Comparator.comparingInt(DecisionRecord::number));
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder index = new StringBuilder("# Decision records\n\n");
            for (DecisionRecord record : records) {
                zip.putNextEntry(new ZipEntry("decisions/" + record.fileName()));
                zip.write(record.markdown().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                index.append("- [%s. %s](%s) (%s, %s)%n".formatted(record.number(), record.title().replace("]", "\\]"), record.fileName(),
                        record.status().label().toLowerCase(java.util.Locale.ROOT), record.decidedOn()));
            }
            if (records.isEmpty()) {
                index.append("No decisions recorded yet.\n");
            }
            zip.putNextEntry(new ZipEntry("decisions/README.md"));
            zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The topics of every published roadmap, for linking a decision to what it exercised. */
    public List<TopicGroup> topicChoices() {
        List<TopicGroup> groups = new ArrayList<>();
        for (var summary : catalog.roadmaps()) {
            catalog.roadmap(summary.id()).ifPresent(roadmap -> groups.add(new TopicGroup(roadmap.title(), roadmap.topics().stream()
                    .map(t -> new TopicChoice(roadmap.id() + "/" + t.id(), t.title())).toList())));
        }
        return groups;
    }

    /** Titles of topic references, for showing a record's topics; unknown references keep their id. */
    public Map<String, String> topicTitles(List<String> refs) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String ref : refs) {
            int slash = ref.indexOf('/');
            String title = slash < 0 ? null : catalog.roadmap(ref.substring(0, slash))
                    .flatMap(r -> r.topic(ref.substring(slash + 1))).map(Roadmap.Topic::title).orElse(null);
            titles.put(ref, title == null ? ref : title);
        }
        return titles;
    }

    Set<String> topicValues() {
        Set<String> values = new LinkedHashSet<>();
        topicChoices().forEach(g -> g.topics().forEach(t -> values.add(t.value())));
        return values;
    }

    /** Restores records from an export with their numbers; for the account import. */
    void restore(UUID accountId, List<DecisionForm> forms, List<DecisionRecord> originals) {
        for (int i = 0; i < forms.size(); i++) {
            DecisionRecord original = originals.get(i);
            Map<String, String> errors = problems(forms.get(i));
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("decision %d: %s".formatted(original.number(), errors.values().iterator().next()));
            }
            store.insert(accountId, original);
        }
    }
}
