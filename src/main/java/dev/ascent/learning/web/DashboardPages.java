package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.time.TimeLog;
import dev.ascent.learning.progress.Progress;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.progress.ReviewSchedule;
import dev.ascent.learning.progress.TopicChange;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.time.TimeForm;
import dev.ascent.learning.time.WeekHours;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.platform.RenderedFragments;
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

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.ascent.learning.web.LearningPages.notFound;

/** The learner's dashboard of one roadmap and what changes on it in place: topic status, reviews, time logged, phases opened. */
@Controller
class DashboardPages {

    private final Learning learning;
    private final FormErrors formErrors;
    private final TimeLog timeLog;
    private final Progress progress;
    private final RenderedFragments fragments;

    DashboardPages(Learning learning, FormErrors formErrors, RenderedFragments fragments, TimeLog timeLog, Progress progress) {
        this.timeLog = timeLog;
        this.progress = progress;
        this.learning = learning;
        this.formErrors = formErrors;
        this.fragments = fragments;
    }

    @GetMapping("/learn/{enrollmentId}")
    String dashboard(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam(required = false) @Nullable String phase, Model model) {
        Journey journey = dashboardModel(me, enrollmentId, phase, model);
        // the time log's select of every topic, grouped by phase, is the same for everyone on this roadmap version
        model.addAttribute("topicOptions", fragments.html("time-log-topics/" + journey.roadmap().id(), journey.roadmap().version(),
                "learning/topicOptions", Map.of("roadmap", journey.roadmap())));
        return "learning/dashboard";
    }

    /** Everything the dashboard shows, except the time log's topic select (rendered live, with the choice kept, unless given). */
    private Journey dashboardModel(CurrentAccount me, UUID enrollmentId, @Nullable String phase, Model model) {
        Journey journey = journey(me, enrollmentId);
        model.addAttribute("journey", journey);
        // the phases being worked in are rendered open; the rest load when opened (or with ?phase= without JavaScript)
        Set<String> open = new HashSet<>(journey.openPhases());
        if (phase != null) {
            open.add(phase);
        }
        model.addAttribute("openPhases", open);
        model.addAttribute("today", learning.today());
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("recalls", ReviewSchedule.Recall.values());
        model.addAttribute("week", timeLog.week(journey));
        model.addAttribute("burnUp", dev.ascent.learning.Charts.burnUp(journey, learning.today()));
        model.addAttribute("radar", dev.ascent.learning.Charts.radar(journey));
        model.addAttribute("kinds", dev.ascent.catalog.TopicKind.values());
        model.addAttribute("timeErrors", Map.of());
        model.addAttribute("timeForm", TimeForm.blank(learning.today()));
        model.addAttribute("typed", Map.of());
        return journey;
    }

    /** One phase's topic rows, for the dashboard's closed phases; without htmx, the dashboard with that phase open. */
    @GetMapping("/learn/{enrollmentId}/phases/{phaseId}")
    String phaseTopics(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String phaseId,
                       @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        Journey journey = journey(me, enrollmentId);
        Roadmap.Phase phase = journey.roadmap().phase(phaseId).orElseThrow(() -> notFound("This roadmap has no such phase."));
        if (htmx == null) {
            return "redirect:/learn/" + enrollmentId + "?phase=" + phase.id() + "#phase-" + phase.id();
        }
        model.addAttribute("journey", journey);
        model.addAttribute("phase", phase);
        model.addAttribute("statuses", TopicStatus.values());
        return "learning/phaseTopics";
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/status")
    String setStatus(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, StatusChoice choice, BindingResult binding,
                     @RequestParam(required = false) @Nullable String view,
                     @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                     HttpServletResponse response, Model model) {
        Outcome<TopicChange> change = progress.setStatus(me.id(), enrollmentId, topicId, choice.status(binding), choice.version(binding),
                htmx != null);
        String fragment = afterChange(me, enrollmentId, topicId, change, htmx, response, model);
        if ("row".equals(view) && htmx != null) {
            // the topic's own page has no dashboard panels to update: just the row
            model.addAttribute("rowOnly", true);
            return "learning/topicRow";
        }
        return fragment;
    }

    @PostMapping("/learn/{enrollmentId}/topics/{topicId}/review")
    String review(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable String topicId, StatusChoice choice, BindingResult binding,
                  @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                  HttpServletResponse response, Model model) {
        Outcome<TopicChange> change = progress.review(me.id(), enrollmentId, topicId, choice.recall(binding), choice.version(binding),
                htmx != null);
        TopicChange shown = shown(change);
        if (htmx == null || shown.journey() == null) {
            return afterChange(me, enrollmentId, topicId, change, null, response, model);
        }
        FormErrors.rejected(change, response);
        model.addAttribute("journey", shown.journey());
        model.addAttribute("today", learning.today());
        model.addAttribute("recalls", ReviewSchedule.Recall.values());
        model.addAttribute("notice", change instanceof Outcome.Conflict<TopicChange> conflict ? conflict.message()
                : "Next review of this topic on %s.".formatted(shown.progress().reviewDue()));
        return "learning/reviews";
    }

    @PostMapping("/learn/{enrollmentId}/time")
    String logTime(CurrentAccount me, @PathVariable UUID enrollmentId, TimeForm form, BindingResult binding,
                   HttpServletResponse response, Model model) {
        // values that could not be read are reported with every other problem of the form, and nothing is written
        Outcome<WeekHours> outcome = timeLog.log(me.id(), enrollmentId, form, formErrors.of(binding));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "?logged#week";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        dashboardModel(me, enrollmentId, null, model);
        model.addAttribute("timeErrors", errors);
        model.addAttribute("timeForm", form);
        model.addAttribute("typed", FormErrors.typed(binding));
        return "learning/dashboard";
    }

    private String afterChange(CurrentAccount me, UUID enrollmentId, String topicId, Outcome<TopicChange> change, @Nullable String htmx,
                               HttpServletResponse response, Model model) {
        TopicChange shown = shown(change);
        if (htmx == null) {
            // back to the row, with its phase open even if it is not one being worked in
            String phase = learning.roadmap(me.id(), enrollmentId).flatMap(roadmap -> roadmap.phaseOf(topicId)).map(Roadmap.Phase::id).orElse("");
            return "redirect:/learn/" + enrollmentId + "?phase=" + phase + (change.isSaved() ? "" : "&conflict") + "#topic-" + topicId;
        }
        FormErrors.rejected(change, response);
        // the journey as the change left it: drawn from what the change read and wrote, not read again
        Journey journey = java.util.Objects.requireNonNull(shown.journey());
        model.addAttribute("journey", journey);
        model.addAttribute("today", learning.today());
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("topic", journey.roadmap().topic(topicId).orElseThrow());
        model.addAttribute("rowNotice", change instanceof Outcome.Conflict<TopicChange> conflict ? conflict.message() : null);
        return "learning/topicChange";
    }

    /** The topic as the change left it, saved or changed elsewhere first; not found is the 404 page. */
    static TopicChange shown(Outcome<TopicChange> change) {
        return switch (change) {
            case Outcome.Saved<TopicChange> saved -> saved.value();
            case Outcome.Conflict<TopicChange> conflict when conflict.current() != null -> conflict.current();
            case Outcome.NotFound<TopicChange> notFound -> throw notFound(notFound.message());
            default -> throw new IllegalStateException("a page's topic change names a status: it is saved, in conflict or not found");
        };
    }

    private Journey journey(CurrentAccount me, UUID enrollmentId) {
        return learning.journey(me.id(), enrollmentId).orElseThrow(() -> notFound("You have no roadmap with this address."));
    }
}
