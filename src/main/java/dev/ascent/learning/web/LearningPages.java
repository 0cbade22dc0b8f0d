package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.progress.Progress;
import dev.ascent.learning.projects.Projects;
import dev.ascent.learning.notes.Notes;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.projects.ProjectSubmission;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.notes.LinkForm;
import dev.ascent.learning.progress.Assessment;
import dev.ascent.learning.notes.NotesForm;
import dev.ascent.learning.notes.TopicNotes;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Markdown;
import dev.ascent.platform.Outcome;
import org.springframework.validation.BindingResult;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The learner's pages: my roadmaps, starting one, self-assessment, projects, a topic's notes and links (the dashboard is {@link DashboardPages}). */
@Controller
class LearningPages {

    private final Learning learning;
    private final FormErrors formErrors;
    private final Progress progress;
    private final Projects projects;
    private final Notes notes;
    private final Catalog catalog;
    private final Markdown markdown;

    LearningPages(Learning learning, FormErrors formErrors, Catalog catalog, Markdown markdown, Progress progress, Projects projects, Notes notes) {
        this.progress = progress;
        this.projects = projects;
        this.notes = notes;
        this.learning = learning;
        this.formErrors = formErrors;
        this.catalog = catalog;
        this.markdown = markdown;
    }

    @GetMapping("/learn")
    String mine(CurrentAccount me, @RequestParam(name = "signed-in", required = false) @Nullable String signedIn, Model model) {
        if (signedIn != null) {
            // right after sign-in, someone following one roadmap goes straight to its dashboard
            var active = learning.enrollments(me.id()).stream().filter(e -> e.status() == Enrollment.Status.ACTIVE).toList();
            if (active.size() == 1) {
                return "redirect:/learn/" + active.getFirst().id();
            }
        }
        List<Journey> journeys = learning.enrollments(me.id()).stream()
                .map(e -> learning.journey(me.id(), e.id()))
                .flatMap(java.util.Optional::stream)
                .toList();
        model.addAttribute("journeys", journeys);
        return "learning/mine";
    }

    @GetMapping("/learn/start/{roadmapId}")
    String startPage(CurrentAccount me, @PathVariable String roadmapId, Model model) {
        Roadmap roadmap = catalog.roadmap(roadmapId, me.id()).orElseThrow(() -> notFound("There is no roadmap with id “%s”.".formatted(roadmapId)));
        var existing = learning.enrollmentFor(me.id(), roadmapId);
        if (existing.isPresent() && existing.get().status() != Enrollment.Status.LEFT) {
            return "redirect:/learn/" + existing.get().id();
        }
        startModel(model, roadmap, new EnrollmentForm(learning.today(), Learning.suggestedHours(roadmap)), Map.of(), Map.of());
        return "learning/start";
    }

    @PostMapping("/learn/start/{roadmapId}")
    String start(CurrentAccount me, @PathVariable String roadmapId, EnrollmentForm form, BindingResult binding,
                 HttpServletResponse response, Model model) {
        Roadmap roadmap = catalog.roadmap(roadmapId, me.id()).orElseThrow(() -> notFound("There is no roadmap with id “%s”.".formatted(roadmapId)));
        Outcome<Enrollment> outcome = formErrors.<Enrollment>unreadable(binding).orElseGet(() -> learning.enroll(me.id(), roadmapId, form));
        if (outcome instanceof Outcome.Saved<Enrollment> saved) {
            return "redirect:/learn/" + saved.value().id() + "?started";
        }
        startModel(model, roadmap, form, FormErrors.rejected(outcome, response), FormErrors.typed(binding));
        return "learning/start";
    }

    private static void startModel(Model model, Roadmap roadmap, EnrollmentForm form, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
    }

    @GetMapping("/learn/{enrollmentId}/assessment")
    String assessment(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam(defaultValue = "0") String phase, Model model) {
        Journey journey = journey(me, enrollmentId);
        int index = phaseIndex(journey, phase);
        model.addAttribute("journey", journey);
        model.addAttribute("phaseIndex", index);
        model.addAttribute("phase", journey.roadmap().phases().get(index));
        model.addAttribute("scale", Proficiency.values());
        return "learning/assessment";
    }

    @PostMapping("/learn/{enrollmentId}/assessment")
    String assess(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam(defaultValue = "0") String phase,
                  Assessment assessment, BindingResult binding) {
        Journey journey = journey(me, enrollmentId);
        int index = phaseIndex(journey, phase);
        if (binding.hasErrors()) {
            // the page offers only the five steps: anything else is a damaged form, and nothing is saved
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose one of the five steps for every topic you rate.");
        }
        progress.assess(me.id(), enrollmentId, assessment);
        boolean last = index + 1 >= journey.roadmap().phases().size();
        return last ? "redirect:/learn/" + enrollmentId + "?assessed" : "redirect:/learn/" + enrollmentId + "/assessment?phase=" + (index + 1);
    }

    @GetMapping("/learn/{enrollmentId}/projects/{projectId}")
    String project(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String projectId, Model model) {
        Journey journey = journey(me, enrollmentId);
        Roadmap.Project project = journey.roadmap().project(projectId).orElseThrow(() -> notFound("This roadmap has no project “%s”.".formatted(projectId)));
        var work = journey.project(projectId);
        model.addAttribute("journey", journey);
        model.addAttribute("project", project);
        model.addAttribute("work", work);
        model.addAttribute("writeUpHtml", markdown.html(work.writeUp()));
        model.addAttribute("form", new ProjectSubmission(work.repositoryUrl(), work.liveUrl(), work.writeUp(),
                work.selfReview().stream().map(r -> (String) r.name()).toList()));
        model.addAttribute("ratings", ProjectWork.Rating.values());
        model.addAttribute("errors", Map.of());
        return "learning/project";
    }

    @PostMapping("/learn/{enrollmentId}/projects/{projectId}")
    String saveProject(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String projectId, ProjectSubmission form,
                       BindingResult binding, @RequestParam(required = false) @Nullable Integer version,
                       @RequestParam(defaultValue = "save") String action, HttpServletResponse response, Model model) {
        Journey journey = journey(me, enrollmentId);
        Roadmap.Project project = journey.roadmap().project(projectId).orElseThrow(() -> notFound("This roadmap has no project “%s”.".formatted(projectId)));
        boolean submit = "submit".equals(action);
        int expected = FormErrors.version(version);
        Outcome<ProjectWork> outcome = formErrors.<ProjectWork>unreadable(binding)
                .orElseGet(() -> projects.saveProject(me.id(), enrollmentId, projectId, form, submit, expected));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/projects/" + projectId + (submit ? "?submitted" : "?saved");
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        Journey now = journey(me, enrollmentId);
        model.addAttribute("journey", now);
        model.addAttribute("project", project);
        model.addAttribute("work", now.project(projectId));
        model.addAttribute("writeUpHtml", markdown.html(now.project(projectId).writeUp()));
        model.addAttribute("form", form);
        model.addAttribute("ratings", ProjectWork.Rating.values());
        model.addAttribute("errors", errors);
        return "learning/project";
    }

    @GetMapping("/learn/{enrollmentId}/topics/{topicId}")
    String topic(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, Model model) {
        Journey journey = journey(me, enrollmentId);
        var topicNotes = notes.notes(me.id(), enrollmentId, topicId).orElseThrow(() -> notFound("This roadmap has no topic “%s”.".formatted(topicId)));
        topicModel(model, journey, topicId, topicNotes, topicNotes.body(), Map.of());
        return "learning/topic";
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/notes")
    String saveNotes(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, NotesForm form, BindingResult binding,
                     @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        int expected = FormErrors.version(version);
        Outcome<TopicNotes> outcome = formErrors.<TopicNotes>unreadable(binding)
                .orElseGet(() -> notes.saveNotes(me.id(), enrollmentId, topicId, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/topics/" + topicId + "?saved#notes";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        topicModel(model, journey(me, enrollmentId), topicId, notes.notes(me.id(), enrollmentId, topicId).orElseThrow(), form.text(), errors);
        return "learning/topic";
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/links")
    String addLink(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, LinkForm form, BindingResult binding,
                   HttpServletResponse response, Model model) {
        Outcome<TopicNotes> outcome = formErrors.<TopicNotes>unreadable(binding).orElseGet(() -> notes.addLink(me.id(), enrollmentId, topicId, form));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/topics/" + topicId + "#links";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        var topicNotes = notes.notes(me.id(), enrollmentId, topicId).orElseThrow();
        topicModel(model, journey(me, enrollmentId), topicId, topicNotes, topicNotes.body(), errors);
        model.addAttribute("linkTitle", clean(form.title()));
        model.addAttribute("linkUrl", form.url() == null ? "" : form.url().replaceAll("\\p{Cc}", ""));
        return "learning/topic";
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/links/{linkId}/delete")
    String removeLink(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, @PathVariable UUID linkId) {
        if (!notes.removeLink(me.id(), enrollmentId, linkId)) {
            // another person's link, or one already gone: not found, as reading it would be
            throw notFound("You have no such link on this roadmap.");
        }
        return "redirect:/learn/" + enrollmentId + "/topics/" + topicId + "#links";
    }

    private void topicModel(Model model, Journey journey, String topicId, dev.ascent.learning.notes.TopicNotes notes, String text,
                            Map<String, String> errors) {
        model.addAttribute("journey", journey);
        model.addAttribute("topic", journey.roadmap().topic(topicId).orElseThrow());
        model.addAttribute("notes", notes);
        model.addAttribute("notesHtml", markdown.html(notes.body()));
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("today", learning.today());
    }

    @PostMapping("/learn/{enrollmentId}/status")
    String setEnrollmentStatus(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam Enrollment.Status status) {
        Enrollment.Status parsed = status;
        learning.setEnrollmentStatus(me.id(), enrollmentId, parsed).orElseThrow(() -> notFound("You have no such roadmap."));
        return parsed == Enrollment.Status.LEFT ? "redirect:/learn?left" : "redirect:/learn/" + enrollmentId;
    }

    private Journey journey(CurrentAccount me, UUID enrollmentId) {
        return learning.journey(me.id(), enrollmentId).orElseThrow(() -> notFound("You have no roadmap with this address."));
    }

    private static int phaseIndex(Journey journey, String phase) {
        try {
            return Math.max(0, Math.min(journey.roadmap().phases().size() - 1, Integer.parseInt(phase.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.replaceAll("\\p{Cc}", "").substring(0, Math.min(value.replaceAll("\\p{Cc}", "").length(), 40));
    }

    static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
