package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.notes.Notes;
import dev.ascent.learning.projects.Projects;
import dev.ascent.learning.Learning;
import dev.ascent.learning.projects.ProjectSubmission;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.ArrayList;
import java.util.List;
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

    LearningDrafts(Learning learning, Clock clock, Notes notes, Projects projects) {
        this.notes = notes;
        this.projects = projects;
        this.learning = learning;
        this.clock = clock;
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/notes/draft")
    String notes(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId,
                 @RequestParam(required = false) @Nullable String body, @RequestParam(required = false) @Nullable String version,
                 HttpServletResponse response, Model model) {
        int expected = version(version);
        Map<String, String> errors = notes.saveNotes(me.id(), enrollmentId, topicId, body == null ? "" : body, expected);
        if (errors.containsKey("topic")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, errors.get("topic"));
        }
        int now = errors.isEmpty() ? notes.notes(me.id(), enrollmentId, topicId).orElseThrow().version() : expected;
        return status(model, response, "notes", errors, now);
    }

    @PostMapping("/learn/{enrollmentId}/projects/{projectId}/draft")
    String project(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String projectId,
                   @RequestParam(required = false) @Nullable String repositoryUrl, @RequestParam(required = false) @Nullable String liveUrl,
                   @RequestParam(required = false) @Nullable String writeUp, @RequestParam(required = false) @Nullable String version,
                   HttpServletRequest request, HttpServletResponse response, Model model) {
        int expected = version(version);
        var project = learning.roadmap(me.id(), enrollmentId).flatMap(roadmap -> roadmap.project(projectId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such project."));
        List<@Nullable String> review = new ArrayList<>();
        for (int line = 0; line < project.rubric().size(); line++) {
            review.add(request.getParameter("rubric-" + line));
        }
        var saved = projects.saveProject(me.id(), enrollmentId, projectId, new ProjectSubmission(repositoryUrl, liveUrl, writeUp, review),
                false, expected).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such project."));
        return status(model, response, "project", saved.errors(), saved.ok() ? saved.work().version() : expected);
    }

    private String status(Model model, HttpServletResponse response, String form, Map<String, String> errors, int version) {
        model.addAttribute("draftOf", form);
        model.addAttribute("version", version);
        model.addAttribute("saveError", errors.isEmpty() ? null : errors.containsKey("version")
                ? "Not saved: this was changed in another tab or device. Copy your text, then reload to see the other change."
                : "Not saved yet: " + errors.values().iterator().next());
        model.addAttribute("savedAt", errors.isEmpty() ? clock.instant() : null);
        if (!errors.isEmpty()) {
            response.setStatus(errors.containsKey("version") ? 409 : 422);
        }
        return "learning/autosave";
    }

    private static int version(@Nullable String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form was incomplete; reload the page and try again.");
        }
    }
}
