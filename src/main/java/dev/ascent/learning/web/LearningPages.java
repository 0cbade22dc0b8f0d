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
import dev.ascent.platform.Markdown;
import jakarta.servlet.http.HttpServletRequest;
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
    private final Progress progress;
    private final Projects projects;
    private final Notes notes;
    private final Catalog catalog;
    private final Markdown markdown;

    LearningPages(Learning learning, Catalog catalog, Markdown markdown, Progress progress, Projects projects, Notes notes) {
        this.progress = progress;
        this.projects = projects;
        this.notes = notes;
        this.learning = learning;
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
        Roadmap roadmap = catalog.roadmap(roadmapId).orElseThrow(() -> notFound("There is no roadmap with id “%s”.".formatted(roadmapId)));
        var existing = learning.enrollmentFor(me.id(), roadmapId);
        if (existing.isPresent() && existing.get().status() != Enrollment.Status.LEFT) {
            return "redirect:/learn/" + existing.get().id();
        }
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("startDate", learning.today().toString());
        model.addAttribute("weeklyHours", String.valueOf(Learning.suggestedHours(roadmap)));
        model.addAttribute("errors", Map.of());
        return "learning/start";
    }

    @PostMapping("/learn/start/{roadmapId}")
    String start(CurrentAccount me, @PathVariable String roadmapId, @RequestParam(required = false) @Nullable String startDate,
                 @RequestParam(required = false) @Nullable String weeklyHours, HttpServletResponse response, Model model) {
        Roadmap roadmap = catalog.roadmap(roadmapId).orElseThrow(() -> notFound("There is no roadmap with id “%s”.".formatted(roadmapId)));
        Learning.Enrolled enrolled = learning.enroll(me.id(), roadmapId, startDate, weeklyHours);
        if (!enrolled.ok()) {
            model.addAttribute("roadmap", roadmap);
            model.addAttribute("startDate", clean(startDate));
            model.addAttribute("weeklyHours", clean(weeklyHours));
            model.addAttribute("errors", enrolled.errors());
            response.setStatus(422);
            return "learning/start";
        }
        return "redirect:/learn/" + enrolled.enrollment().id() + "?started";
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
                  HttpServletRequest request) {
        Journey journey = journey(me, enrollmentId);
        int index = phaseIndex(journey, phase);
        Map<String, Proficiency> ratings = new LinkedHashMap<>();
        for (String topicId : journey.roadmap().phases().get(index).topicIds()) {
            String value = request.getParameter("rating-" + topicId);
            if (value != null && !value.isBlank()) {
                ratings.put(topicId, parse(Proficiency.class, value, "Choose one of the five steps for every topic you rate."));
            }
        }
        progress.assess(me.id(), enrollmentId, ratings);
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
    String saveProject(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String projectId,
                       @RequestParam(required = false) @Nullable String repositoryUrl, @RequestParam(required = false) @Nullable String liveUrl,
                       @RequestParam(required = false) @Nullable String writeUp, @RequestParam(required = false) @Nullable String version,
                       @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        Journey journey = journey(me, enrollmentId);
        Roadmap.Project project = journey.roadmap().project(projectId).orElseThrow(() -> notFound("This roadmap has no project “%s”.".formatted(projectId)));
        List<@Nullable String> review = new java.util.ArrayList<>();
        for (int line = 0; line < project.rubric().size(); line++) {
            review.add(request.getParameter("rubric-" + line));
        }
        var submission = new ProjectSubmission(repositoryUrl, liveUrl, writeUp, review);
        var saved = projects.saveProject(me.id(), enrollmentId, projectId, submission, "submit".equals(action), version(version))
                .orElseThrow(() -> notFound("You have no such project."));
        if (saved.ok()) {
            return "redirect:/learn/" + enrollmentId + "/projects/" + projectId + ("submit".equals(action) ? "?submitted" : "?saved");
        }
        Journey now = journey(me, enrollmentId);
        model.addAttribute("journey", now);
        model.addAttribute("project", project);
        model.addAttribute("work", now.project(projectId));
        model.addAttribute("writeUpHtml", markdown.html(now.project(projectId).writeUp()));
        model.addAttribute("form", submission);
        model.addAttribute("ratings", ProjectWork.Rating.values());
        model.addAttribute("errors", saved.errors());
        response.setStatus(saved.errors().containsKey("version") ? 409 : 422);
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
    String saveNotes(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId,
                     @RequestParam(required = false) @Nullable String body, @RequestParam(required = false) @Nullable String version,
                     HttpServletResponse response, Model model) {
        Map<String, String> errors = notes.saveNotes(me.id(), enrollmentId, topicId, body == null ? "" : body, version(version));
        if (errors.containsKey("topic")) {
            throw notFound(errors.get("topic"));
        }
        if (errors.isEmpty()) {
            return "redirect:/learn/" + enrollmentId + "/topics/" + topicId + "?saved#notes";
        }
        Journey journey = journey(me, enrollmentId);
        topicModel(model, journey, topicId, notes.notes(me.id(), enrollmentId, topicId).orElseThrow(), body == null ? "" : body, errors);
        response.setStatus(errors.containsKey("version") ? 409 : 422);
        return "learning/topic";
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/links")
    String addLink(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId,
                   @RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String url,
                   HttpServletResponse response, Model model) {
        Map<String, String> errors = notes.addLink(me.id(), enrollmentId, topicId, title, url);
        if (errors.containsKey("topic")) {
            throw notFound(errors.get("topic"));
        }
        if (errors.isEmpty()) {
            return "redirect:/learn/" + enrollmentId + "/topics/" + topicId + "#links";
        }
        var topicNotes = notes.notes(me.id(), enrollmentId, topicId).orElseThrow();
        topicModel(model, journey(me, enrollmentId), topicId, topicNotes, topicNotes.body(), errors);
        model.addAttribute("linkTitle", clean(title));
        model.addAttribute("linkUrl", url == null ? "" : url.replaceAll("\\p{Cc}", ""));
        response.setStatus(422);
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
    String setEnrollmentStatus(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam(required = false) @Nullable String status) {
        Enrollment.Status parsed = parse(Enrollment.Status.class, status, "Choose active, paused or left.");
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

    static int version(@Nullable String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form was incomplete; reload the page and try again.");
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String message) {
        try {
            return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
        }
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.replaceAll("\\p{Cc}", "").substring(0, Math.min(value.replaceAll("\\p{Cc}", "").length(), 40));
    }

    static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
