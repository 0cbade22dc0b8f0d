package dev.ascent.learning.journal;

import dev.ascent.catalog.Catalog;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Learning;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The learning journal: dated entries linked to topics, and the activity heatmap and streak it feeds. */
@Service
public class Journal {

    private final JournalStore store;
    private final Learning learning;
    private final Catalog catalog;
    private final FormErrors formErrors;

    Journal(JournalStore store, Learning learning, Catalog catalog, FormErrors formErrors) {
        this.store = store;
        this.learning = learning;
        this.catalog = catalog;
        this.formErrors = formErrors;
    }

    /** A topic the journal can link to: "roadmap-id/topic-id", its title, and the roadmap and phase it is listed under. */
    public record TopicChoice(String value, String label, String group) {
    }

    /** The topics of every roadmap the learner follows, in roadmap order, grouped by roadmap and phase. */
    public List<TopicChoice> topicChoices(UUID accountId) {
        List<TopicChoice> choices = new ArrayList<>();
        for (Enrollment enrollment : learning.enrollments(accountId)) {
            catalog.roadmap(enrollment.roadmapId()).ifPresent(roadmap -> roadmap.phases().forEach(phase -> phase.topicIds().forEach(id ->
                    roadmap.topic(id).ifPresent(topic -> choices.add(new TopicChoice(roadmap.id() + "/" + topic.id(), topic.title(),
                            roadmap.title() + " · " + phase.title()))))));
        }
        return choices;
    }

    public List<JournalEntry> journal(UUID accountId, @Nullable String tag) {
        return store.journal(accountId, dev.ascent.platform.Tags.filter(tag), 200);
    }

    public Optional<JournalEntry> journalEntry(UUID accountId, UUID entryId) {
        return store.journalEntry(accountId, entryId);
    }

    /**
     * Creates (no id) or updates an entry: invalid by field (its annotations and the rules that need today and
     * the learner's roadmaps, all at once), a conflict when it changed since {@code expectedVersion}.
     */
    @Transactional
    public Outcome<JournalEntry> saveJournal(UUID accountId, @Nullable UUID entryId, JournalForm form, int expectedVersion) {
        LocalDate today = learning.today();
        var choices = topicChoices(accountId).stream().map(TopicChoice::value).collect(Collectors.toSet());
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        form.problems(today, choices).forEach(errors::putIfAbsent);
        return Outcome.unless(errors, () -> {
            if (entryId == null) {
                JournalEntry entry = form.entry(UUID.randomUUID(), today, 0);
                store.insertJournal(accountId, entry);
                return Outcome.saved(entry);
            }
            // the update names the owner and the version read: only when it changes nothing is there a reason to find
            if (!store.updateJournal(accountId, form.entry(entryId, today, expectedVersion), expectedVersion)) {
                return store.journalEntry(accountId, entryId).<Outcome<JournalEntry>>map(current -> Outcome.conflict(
                                "This entry was changed in another tab or device. The saved version is not shown here; your text is kept below.", current))
                        .orElseGet(() -> Outcome.notFound("You have no journal entry with id '%s'.".formatted(entryId)));
            }
            return Outcome.saved(store.journalEntry(accountId, entryId).orElseThrow());
        });
    }

    @Transactional
    public boolean deleteJournal(UUID accountId, UUID entryId) {
        return store.deleteJournal(accountId, entryId);
    }

    public Activity activity(UUID accountId) {
        LocalDate today = learning.today();
        return Activity.of(today, store.activity(accountId, today.minusWeeks(Activity.WEEKS + 1)));
    }
}
