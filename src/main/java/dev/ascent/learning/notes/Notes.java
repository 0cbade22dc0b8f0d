package dev.ascent.learning.notes;

import dev.ascent.learning.Learning;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A learner's private notes (Markdown) and own links on each topic of the roadmaps they follow. */
@Service
public class Notes {

    private final NoteStore store;
    private final Learning learning;

    Notes(NoteStore store, Learning learning) {
        this.store = store;
        this.learning = learning;
    }

    /** A topic's notes and links, when the enrolment is this account's and the roadmap has the topic. */
    public Optional<TopicNotes> notes(UUID accountId, UUID enrollmentId, String topicId) {
        return learning.journey(accountId, enrollmentId).filter(j -> j.roadmap().topic(topicId).isPresent())
                .flatMap(j -> store.notes(enrollmentId, topicId));
    }

    /** Saves notes: errors by field, "version" on a conflict (the caller shows the stored notes and keeps the typed text). */
    @Transactional
    public Map<String, String> saveNotes(UUID accountId, UUID enrollmentId, String topicId, String body, int expectedVersion) {
        if (notes(accountId, enrollmentId, topicId).isEmpty()) {
            return Map.of("topic", "There is no such topic in your roadmap.");
        }
        String problem = TopicNotes.bodyProblem(body);
        if (problem != null) {
            return Map.of("body", problem);
        }
        if (!store.saveNotes(enrollmentId, topicId, body, expectedVersion)) {
            return Map.of("version", "These notes were changed in another tab or device. The saved version is shown; your text is kept below it.");
        }
        return Map.of();
    }

    @Transactional
    public Map<String, String> addLink(UUID accountId, UUID enrollmentId, String topicId, @Nullable String title, @Nullable String url) {
        Optional<TopicNotes> notes = notes(accountId, enrollmentId, topicId);
        if (notes.isEmpty()) {
            return Map.of("topic", "There is no such topic in your roadmap.");
        }
        String name = title == null ? "" : title.strip();
        String address = url == null ? "" : url.strip();
        Map<String, String> errors = TopicNotes.linkProblems(name, address);
        if (notes.get().links().size() >= TopicNotes.MAX_LINKS) {
            errors.put("url", "A topic holds at most %d links; remove one first.".formatted(TopicNotes.MAX_LINKS));
        }
        if (errors.isEmpty()) {
            store.addLink(enrollmentId, topicId, name, address);
        }
        return errors;
    }

    @Transactional
    public boolean removeLink(UUID accountId, UUID enrollmentId, UUID linkId) {
        return learning.enrollment(accountId, enrollmentId).isPresent() && store.removeLink(enrollmentId, linkId);
    }
}
