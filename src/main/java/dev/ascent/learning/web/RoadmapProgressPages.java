package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.progress.Progress;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.progress.TopicChange;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;

/**
 * The learner's layer on the public roadmap pages. The catalog renders the same graph and topic list for every
 * visitor (and caches them); for a signed-in learner following the roadmap, the page asks for this layer by htmx:
 * their progress in place of "Follow this roadmap", the status of every topic (which the page's script paints onto
 * the graph and the list), and status buttons in a topic's detail. Someone not following the roadmap gets 204 and
 * the page stays as it is. Addressed by roadmap and topic ids, the only ids the catalog knows.
 */
@Controller
class RoadmapProgressPages {

    /** Not following: 204, so htmx leaves the public page as it is. */
    private static final ResponseEntity<Void> NOT_FOLLOWING = ResponseEntity.noContent().build();

    private final Learning learning;
    private final Progress progress;

    RoadmapProgressPages(Learning learning, Progress progress) {
        this.progress = progress;
        this.learning = learning;
    }

    @GetMapping("/learn/roadmaps/{roadmapId}/progress")
    Object progress(CurrentAccount me, @PathVariable String roadmapId,
                    @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (htmx == null) {
            // a layer, not a page: someone who opens its address gets the page it belongs on
            return "redirect:/roadmaps/" + roadmapId;
        }
        Journey journey = following(me, roadmapId).orElse(null);
        if (journey == null) {
            return NOT_FOLLOWING;
        }
        addProgress(journey, model);
        return "learning/roadmapProgress";
    }

    @GetMapping("/learn/roadmaps/{roadmapId}/topics/{topicId}/status")
    Object topicStatus(CurrentAccount me, @PathVariable String roadmapId, @PathVariable String topicId,
                       @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/roadmaps/" + roadmapId + "/topics/" + topicId;
        }
        Journey journey = following(me, roadmapId).orElse(null);
        if (journey == null || journey.roadmap().topic(topicId).isEmpty()) {
            return NOT_FOLLOWING;
        }
        addTopic(journey, journey.of(topicId), null, model);
        return "learning/roadmapTopicStatus";
    }

    @PostMapping("/learn/roadmaps/{roadmapId}/topics/{topicId}/status")
    Object setStatus(CurrentAccount me, @PathVariable String roadmapId, @PathVariable String topicId, StatusChoice choice,
                     org.springframework.validation.BindingResult binding,
                     @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        Enrollment enrollment = learning.enrollmentFor(me.id(), roadmapId).filter(e -> e.status() != Enrollment.Status.LEFT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You do not follow this roadmap: follow it first to track your progress."));
        Outcome<TopicChange> change = progress.setStatus(me.id(), enrollment.id(), topicId, choice.status(binding), choice.version(binding), false);
        DashboardPages.shown(change);
        if (htmx == null) {
            // without JavaScript: back to the topic's public page, which shows the status as it now is
            return "redirect:/roadmaps/" + roadmapId + "/topics/" + topicId + (change.isSaved() ? "" : "?conflict");
        }
        Journey journey = learning.journey(me.id(), enrollment.id()).orElseThrow();
        addProgress(journey, model);
        addTopic(journey, journey.of(topicId), change instanceof Outcome.Conflict<TopicChange> conflict ? conflict.message() : null, model);
        String view = "learning/roadmapStatusChange";
        return change.isSaved() ? view : new ModelAndView(view, HttpStatus.CONFLICT);
    }

    /** The learner's journey on this roadmap, if they follow it (active or paused). */
    private Optional<Journey> following(CurrentAccount me, String roadmapId) {
        return learning.enrollmentFor(me.id(), roadmapId).filter(e -> e.status() != Enrollment.Status.LEFT)
                .flatMap(e -> learning.journey(me.id(), e.id()));
    }

    private static void addProgress(Journey journey, Model model) {
        model.addAttribute("journey", journey);
        model.addAttribute("topicsByStatus", TopicsByStatus.of(journey));
    }

    private static void addTopic(Journey journey, TopicProgress progress, @Nullable String notice, Model model) {
        model.addAttribute("journey", journey);
        model.addAttribute("topic", journey.roadmap().topic(progress.topicId()).orElseThrow());
        model.addAttribute("progress", progress);
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("notice", notice);
    }
}
