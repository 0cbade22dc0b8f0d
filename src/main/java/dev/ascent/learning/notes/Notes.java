package dev.ascent.learning.notes;

import dev.ascent.learning.Learning;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A learner's private notes (Markdown) and own links on each topic of the roadmaps they follow. */
@Service
public class Notes {

    private static final String NO_TOPIC = "There is no such topic in your roadmap.";

    private final NoteStore store;
    private final Learning learning;
    private final FormErrors formErrors;

    Notes(NoteStore store, Learning learning, FormErrors formErrors) {
        this.store = store;
        this.learning = learning;
        this.formErrors = formErrors;
    }

    /** A topic's notes and links, when the enrolment is this account's and the roadmap has the topic. */
    public Optional<TopicNotes> notes(UUID accountId, UUID enrollmentId, String topicId) {
        return learning.journey(accountId, enrollmentId).filter(j -> j.roadmap().topic(topicId).isPresent())
                .flatMap(j -> store.notes(enrollmentId, topicId));
    }

    /**
     * Replaces a topic's notes at the version read (-1 before the first save): invalid by field, a conflict
     * with the notes as stored when they changed meanwhile (the caller keeps the typed text), the notes as saved.
     */
    @Transactional
    public Outcome<TopicNotes> saveNotes(UUID accountId, UUID enrollmentId, String topicId, NotesForm form, int expectedVersion) {
        if (notes(accountId, enrollmentId, topicId).isEmpty()) {
            return Outcome.notFound(NO_TOPIC);
        }
        return Outcome.unless(formErrors.check(form), () -> {
            if (!store.saveNotes(enrollmentId, topicId, form.text(), expectedVersion)) {
                return Outcome.conflict("These notes were changed in another tab or device. The saved version is shown; your text is kept below it.",
                        store.notes(enrollmentId, topicId).orElse(null));
            }
            return Outcome.saved(store.notes(enrollmentId, topicId).orElseThrow());
        });
    }

    /** Adds a link to a topic (at most {@value TopicNotes#MAX_LINKS}): the notes with their links after it. */
    @Transactional
    public Outcome<TopicNotes> addLink(UUID accountId, UUID enrollmentId, String topicId, LinkForm form) {
        Optional<TopicNotes> notes = notes(accountId, enrollmentId, topicId);
        if (notes.isEmpty()) {
            return Outcome.notFound(NO_TOPIC);
        }
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        String problem = TopicNotes.urlProblem(form.cleanUrl());
        if (problem != null) {
            errors.putIfAbsent("url", problem);
        }
        if (notes.get().links().size() >= TopicNotes.MAX_LINKS) {
            errors.putIfAbsent("url", "A topic holds at most %d links; remove one first.".formatted(TopicNotes.MAX_LINKS));
        }
        return Outcome.unless(errors, () -> {
            store.addLink(enrollmentId, topicId, form.cleanTitle(), form.cleanUrl());
            return Outcome.saved(store.notes(enrollmentId, topicId).orElseThrow());
        });
    }

    @Transactional
    public boolean removeLink(UUID accountId, UUID enrollmentId, UUID linkId) {
        return learning.enrollment(accountId, enrollmentId).isPresent() && store.removeLink(enrollmentId, linkId);
    }
}
