package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.time.LoggedTime;
import dev.ascent.learning.time.TimeEdit;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.validation.BindingResult;
import dev.ascent.learning.time.TimeLog;
import dev.ascent.learning.time.WeekHours;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The time log page: a week of entries, each correctable (day, topic, minutes) or deletable at the
 * version shown. The forms post and redirect without JavaScript; with htmx they swap the log in place.
 */
@Controller
class TimeLogPages {

    private final TimeLog timeLog;
    private final FormErrors formErrors;

    TimeLogPages(TimeLog timeLog, FormErrors formErrors) {
        this.timeLog = timeLog;
        this.formErrors = formErrors;
    }

    @GetMapping("/learn/{enrollmentId}/time")
    String week(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam(required = false) @Nullable String week,
                Model model, HttpServletResponse response) {
        LocalDate monday;
        try {
            monday = timeLog.monday(week);
        } catch (IllegalArgumentException e) {
            // a week that is no day shows this week, and says why
            monday = timeLog.monday(null);
            model.addAttribute("weekError", e.getMessage());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(me, enrollmentId, monday, model);
    }

    @PostMapping("/learn/{enrollmentId}/time/entries/{entryId}")
    String edit(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable long entryId, TimeEdit form, BindingResult binding,
                @RequestParam(required = false) @Nullable String week, Model model, HttpServletResponse response) {
        Outcome<LoggedTime> outcome = formErrors.<LoggedTime>unreadable(binding).orElseGet(() -> timeLog.edit(me.id(), enrollmentId, entryId, form));
        if (outcome instanceof Outcome.Saved<LoggedTime> saved) {
            return "redirect:/learn/" + enrollmentId + "/time?week=" + WeekHours.mondayOf(saved.value().day()) + "&saved#entry-" + entryId;
        }
        // a conflict shows the entry as it is now; the form keeps what was typed, at the current version, to save again on purpose
        model.addAttribute("editErrors", FormErrors.rejected(outcome, response));
        model.addAttribute("editing", entryId);
        model.addAttribute("editForm", form);
        model.addAttribute("typed", FormErrors.typed(binding));
        return page(me, enrollmentId, outcome instanceof Outcome.Conflict<LoggedTime> conflict && conflict.current() != null
                ? WeekHours.mondayOf(conflict.current().day()) : viewed(week), model);
    }

    @PostMapping("/learn/{enrollmentId}/time/entries/{entryId}/delete")
    String delete(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable long entryId, @RequestParam(required = false) @Nullable Integer version,
                  @RequestParam(required = false) @Nullable String week, Model model, HttpServletResponse response) {
        LocalDate monday = viewed(week);
        Outcome<LoggedTime> outcome = timeLog.delete(me.id(), enrollmentId, entryId, version);
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/time?week=" + monday + "&deleted";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        model.addAttribute("editing", entryId);
        if (outcome instanceof Outcome.Conflict<LoggedTime> conflict && conflict.current() != null) {
            model.addAttribute("editErrors", Map.of("version", "This entry was changed in another tab or device since you opened it, "
                    + "so it was not deleted. It now reads as shown; delete it again if you still mean to."));
            return page(me, enrollmentId, WeekHours.mondayOf(conflict.current().day()), model);
        }
        model.addAttribute("editErrors", errors);
        return page(me, enrollmentId, monday, model);
    }

    private String page(CurrentAccount me, UUID enrollmentId, LocalDate monday, Model model) {
        TimeLog.Page page = timeLog.week(me.id(), enrollmentId, monday)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such roadmap."));
        model.addAttribute("page", page);
        model.addAttribute("thisWeek", timeLog.monday(null));
        model.addAttribute("today", timeLog.today());
        if (!model.containsAttribute("editErrors")) {
            model.addAttribute("editErrors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "learning/time";
    }

    /** The week the learner was looking at, to return to; this week when the field is missing or no day. */
    private LocalDate viewed(@Nullable String week) {
        try {
            return timeLog.monday(week);
        } catch (IllegalArgumentException e) {
            return timeLog.monday(null);
        }
    }
}
