package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.time.TimeChange;
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

    TimeLogPages(TimeLog timeLog) {
        this.timeLog = timeLog;
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
    String edit(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable long entryId,
                @RequestParam(required = false) @Nullable String day, @RequestParam(required = false) @Nullable String topicId,
                @RequestParam(required = false) @Nullable String minutes, @RequestParam(required = false) @Nullable String version,
                @RequestParam(required = false) @Nullable String week, Model model, HttpServletResponse response) {
        TimeChange change = timeLog.edit(me.id(), enrollmentId, entryId, day, topicId, minutes, whole(version));
        Map<String, String> typed = Map.of("day", clean(day), "topicId", clean(topicId), "minutes", clean(minutes));
        return switch (change) {
            case TimeChange.Saved saved -> "redirect:/learn/" + enrollmentId + "/time?week=" + WeekHours.mondayOf(saved.entry().day())
                    + "&saved#entry-" + entryId;
            case TimeChange.Invalid invalid -> {
                model.addAttribute("editing", entryId);
                model.addAttribute("editErrors", invalid.errors());
                model.addAttribute("editForm", typed);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                yield page(me, enrollmentId, viewed(week), model);
            }
            case TimeChange.Conflict conflict -> {
                // the entry is shown as it is now; the form keeps what was typed, at the current version, to save again on purpose
                model.addAttribute("editing", entryId);
                model.addAttribute("editErrors", Map.of("version", conflict.message()));
                model.addAttribute("editForm", typed);
                response.setStatus(HttpStatus.CONFLICT.value());
                yield page(me, enrollmentId, WeekHours.mondayOf(conflict.current().day()), model);
            }
            case TimeChange.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound.message());
            case TimeChange.Deleted deleted -> throw new IllegalStateException("an edit does not delete");
        };
    }

    @PostMapping("/learn/{enrollmentId}/time/entries/{entryId}/delete")
    String delete(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable long entryId,
                  @RequestParam(required = false) @Nullable String version, @RequestParam(required = false) @Nullable String week,
                  Model model, HttpServletResponse response) {
        LocalDate monday = viewed(week);
        return switch (timeLog.delete(me.id(), enrollmentId, entryId, whole(version))) {
            case TimeChange.Deleted deleted -> "redirect:/learn/" + enrollmentId + "/time?week=" + monday + "&deleted";
            case TimeChange.Conflict conflict -> {
                model.addAttribute("editing", entryId);
                model.addAttribute("editErrors", Map.of("version", "This entry was changed in another tab or device since you opened it, "
                        + "so it was not deleted. It now reads as shown; delete it again if you still mean to."));
                response.setStatus(HttpStatus.CONFLICT.value());
                yield page(me, enrollmentId, WeekHours.mondayOf(conflict.current().day()), model);
            }
            case TimeChange.Invalid invalid -> {
                model.addAttribute("editing", entryId);
                model.addAttribute("editErrors", invalid.errors());
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                yield page(me, enrollmentId, monday, model);
            }
            case TimeChange.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound.message());
            case TimeChange.Saved saved -> throw new IllegalStateException("a delete does not save");
        };
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
        if (!model.containsAttribute("editForm")) {
            model.addAttribute("editForm", Map.of());
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

    /** A version that is no whole number counts as missing: the facade then asks for it by name. */
    private static @Nullable Integer whole(@Nullable String version) {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value;
    }
}
