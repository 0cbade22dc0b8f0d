package dev.ascent.learning.portability;

import dev.ascent.accounts.PersonalData;
import dev.ascent.catalog.Catalog;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Learning;
import dev.ascent.platform.FormErrors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What learning keeps for an account, taken out (the export, the Markdown of notes and journal), put back (import) and erased. */
@Service
@Order(10)   // restored first: planning's and practice's sections attach to its enrolments
public class LearningData implements PersonalData {

    private final LearningStores stores;
    private final Learning learning;
    private final Catalog catalog;
    private final LearningImport imports;

    LearningData(LearningStores stores, Learning learning, Catalog catalog, FormErrors formErrors) {
        this.stores = stores;
        this.learning = learning;
        this.catalog = catalog;
        this.imports = new LearningImport(stores, catalog, formErrors);
    }

    @Override
    public String section() {
        return "learning";
    }

    @Override
    public LearningExport export(UUID accountId) {
        return LearningExport.of(stores, accountId);
    }

    @Override
    @Transactional
    public void erase(UUID accountId) {
        stores.time().deleteCredits(accountId);
        stores.journal().deleteAll(accountId);
        stores.enrollments().deleteAll(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return !stores.enrollments().enrollments(accountId).isEmpty() || !stores.journal().journal(accountId, null, 1).isEmpty();
    }

    /**
     * Restores the learning section of an export with new ids; versions start again at 0. Every value
     * meets the rules of the forms and the API first, or {@link dev.ascent.accounts.ImportProblems} lists each one that does not.
     */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        imports.restore(accountId, section, learning.today());
    }

    /** Notes, links and journal as one Markdown document. */
    public String markdownExport(UUID accountId) {
        List<MarkdownExport.RoadmapNotesExport> roadmaps = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (Enrollment enrollment : stores.enrollments().enrollments(accountId)) {
            catalog.roadmap(enrollment.roadmapId()).ifPresent(roadmap -> {
                roadmap.topics().forEach(t -> titles.put(roadmap.id() + "/" + t.id(), t.title()));
                List<MarkdownExport.TopicNotesExport> topics = roadmap.topics().stream()
                        .map(topic -> stores.notes().notes(enrollment.id(), topic.id()).orElseThrow())
                        .filter(notes -> !notes.body().isBlank() || !notes.links().isEmpty())
                        .map(notes -> new MarkdownExport.TopicNotesExport(roadmap.topic(notes.topicId()).orElseThrow(), notes.body(), notes.links()))
                        .toList();
                roadmaps.add(new MarkdownExport.RoadmapNotesExport(roadmap, topics));
            });
        }
        return MarkdownExport.render(learning.today(), roadmaps, stores.journal().journal(accountId, null, Integer.MAX_VALUE), titles);
    }
}
