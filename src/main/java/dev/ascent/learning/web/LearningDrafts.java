package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.notes.Notes;
import dev.ascent.learning.projects.Projects;
import dev.ascent.learning.Learning;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.notes.NotesForm;
import dev.ascent.learning.notes.TopicNotes;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.validation.BindingResult;
import dev.ascent.learning.projects.ProjectSubmission;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Autosave while typing (htmx), as scenario attempts already do: topic notes and project write-ups
 * are saved a moment after the learner stops typing, and each answer carries the save's status and
 * the new version, so the form's own "Save" still works and a change made in another tab is never
 * overwritten (409, the text stays in the form). Without JavaScript nothing calls these: the forms
 * save when sent, and the page warns before leaving unsaved text only with JavaScript.
 */
@Controller
class LearningDrafts {

    private final Learning learning;
    private final Notes notes;
    private final Projects projects;
    private final Clock clock;
    private final FormErrors formErrors;

    LearningDrafts(Learning learning, Clock clock, Notes notes, Projects projects, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.notes = notes;
        this.projects = projects;
        this.learning = learning;
        this.clock = clock;
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/notes/draft")
    String notes(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, NotesForm form, BindingResult binding,
                 @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        Outcome<TopicNotes> outcome = formErrors.<TopicNotes>unreadable(binding)
                .orElseGet(() -> notes.saveNotes(me.id(), enrollmentId, topicId, form, expected));
        return status(model, response, "notes", outcome.map(TopicNotes::version), expected);
    }

    @PostMapping("/learn/{enrollmentId}/projects/{projectId}/draft")
    String project(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String projectId, ProjectSubmission form,
                   BindingResult binding, @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        Outcome<ProjectWork> outcome = formErrors.<ProjectWork>unreadable(binding)
                .orElseGet(() -> projects.saveProject(me.id(), enrollmentId, projectId, form, false, expected));
        return status(model, response, "project", outcome.map(ProjectWork::version), expected);
    }

    /** The autosave's answer: saved at the new version, or why not (the status says which), at the version the form still holds. */
    private String status(Model model, HttpServletResponse response, String form, Outcome<Integer> outcome, int expected) {
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        model.addAttribute("draftOf", form);
        model.addAttribute("version", outcome instanceof Outcome.Saved<Integer> saved ? saved.value() : expected);
        model.addAttribute("saveError", outcome.isSaved() ? null : errors.containsKey(FormErrors.VERSION)
                ? "Not saved: this was changed in another tab or device. Copy your text, then reload to see the other change."
                : "Not saved yet: " + errors.values().iterator().next());
        model.addAttribute("savedAt", outcome.isSaved() ? clock.instant() : null);
        return "learning/autosave";
    }
}
