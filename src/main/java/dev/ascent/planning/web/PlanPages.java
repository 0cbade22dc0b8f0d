package dev.ascent.planning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.Learning;
import dev.ascent.learning.PaceChange;
import dev.ascent.learning.Enrollment;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.learning.Replanning;
import dev.ascent.planning.Planner;
import dev.ascent.planning.Projection;
import dev.ascent.planning.ScheduleForm;
import dev.ascent.planning.StudySchedule;
import dev.ascent.planning.WeekOff;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.UUID;

/** The plan page: pace, feasibility with a what-if for hours a week, this week's agenda, the timeline and the coming weeks. */
@Controller
class PlanPages {

    private final Planner planner;
    private final Learning learning;
    private final dev.ascent.planning.Calendars calendars;
    private final Replanning replanning;
    private final FormErrors formErrors;

    PlanPages(Planner planner, Learning learning, dev.ascent.planning.Calendars calendars, Replanning replanning, FormErrors formErrors) {
        this.planner = planner;
        this.learning = learning;
        this.calendars = calendars;
        this.replanning = replanning;
        this.formErrors = formErrors;
    }

    @GetMapping("/learn/{enrollmentId}/plan")
    String plan(CurrentAccount me, @PathVariable UUID enrollmentId, @RequestParam(required = false) @Nullable String hours,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var journey = learning.journey(me.id(), enrollmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no roadmap with this address."));
        Integer whatIf = null;
        String hoursMessage = null;
        if (hours != null && !hours.isBlank()) {
            try {
                whatIf = Integer.parseInt(hours.strip());
                if (whatIf < 1 || whatIf > Learning.MAX_WEEKLY_HOURS) {
                    hoursMessage = "Choose between 1 and %d hours a week; showing your %d.".formatted(Learning.MAX_WEEKLY_HOURS, journey.enrollment().weeklyHours());
                    whatIf = null;
                }
            } catch (NumberFormatException e) {
                hoursMessage = "Give the hours as a whole number; showing your %d.".formatted(journey.enrollment().weeklyHours());
            }
        }
        Projection projection = planner.projection(me.id(), enrollmentId, whatIf).orElseThrow();
        model.addAttribute("journey", journey);
        model.addAttribute("projection", projection);
        model.addAttribute("hoursMessage", hoursMessage);
        model.addAttribute("timeline", PlanTimeline.of(projection, journey, journey.enrollment().startDate(), learning.today()));
        model.addAttribute("weeks", projection.plan().weeks().stream().limit(8).toList());
        model.addAttribute("weeksOff", planner.weeksOff(me.id(), enrollmentId));
        model.addAttribute("hasFeed", calendars.hasFeed(me.id(), enrollmentId));
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        if (!model.containsAttribute("scheduleErrors")) {
            model.addAttribute("scheduleErrors", Map.of());
            model.addAttribute("schedule", calendars.schedule(me.id(), enrollmentId).orElseThrow());
        }
        model.addAttribute("changes", replanning.changes(me.id(), enrollmentId).reversed());
        if (!model.containsAttribute("paceErrors")) {
            model.addAttribute("paceErrors", Map.of());
            model.addAttribute("pace", PaceChange.of(journey.enrollment()));
        }
        return htmx != null ? "planning/projection" : "planning/plan";
    }

    /** "Change your pace" and the what-if's "Make this my plan": new hours a week and/or start date, kept as a change. */
    @org.springframework.web.bind.annotation.PostMapping("/learn/{enrollmentId}/plan/pace")
    String changePace(CurrentAccount me, @PathVariable UUID enrollmentId, PaceChange pace, org.springframework.validation.BindingResult binding,
                      jakarta.servlet.http.HttpServletResponse response, Model model) {
        // the pace form changes hours and start date; pausing and leaving are the dashboard's
        PaceChange change = new PaceChange(null, pace.weeklyHours(), pace.startDate(), pace.version());
        Outcome<Enrollment> outcome = formErrors.<Enrollment>unreadable(binding).orElseGet(() -> replanning.change(me.id(), enrollmentId, change));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/plan?replanned#pace";
        }
        model.addAttribute("paceErrors", FormErrors.rejected(outcome, response));
        // a conflict shows the plan as it is now, to change again on purpose
        model.addAttribute("pace", outcome instanceof Outcome.Conflict<Enrollment> conflict && conflict.current() != null
                ? PaceChange.of(conflict.current()) : change);
        plan(me, enrollmentId, null, null, model);
        return "planning/plan";
    }

    /** The study days and start time the calendar's sessions are placed on. */
    @org.springframework.web.bind.annotation.PostMapping("/learn/{enrollmentId}/plan/schedule")
    String saveSchedule(CurrentAccount me, @PathVariable UUID enrollmentId, ScheduleForm form, BindingResult binding,
                        jakarta.servlet.http.HttpServletResponse response, Model model) {
        calendars.schedule(me.id(), enrollmentId).orElseThrow(PlanPages::notFound);
        // values that could not be read (a day that is no day, "25:99") come with every other problem, all at once
        Outcome<StudySchedule> outcome = formErrors.<StudySchedule>unreadable(binding, () -> calendars.problems(form))
                .orElseGet(() -> calendars.saveSchedule(me.id(), enrollmentId, form));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/plan?schedule-saved#calendar";
        }
        model.addAttribute("scheduleErrors", FormErrors.rejected(outcome, response));
        model.addAttribute("schedule", new StudySchedule(java.util.Set.copyOf(form.days()), StudySchedule.DEFAULT.start()));
        // the time as typed, even one that could not be read, so it can be corrected rather than typed again
        var unreadStart = binding.getFieldError("start");
        model.addAttribute("scheduleStart", unreadStart != null ? java.util.Objects.toString(unreadStart.getRejectedValue(), "")
                : form.start() == null ? "" : form.start().toString());
        plan(me, enrollmentId, null, null, model);
        return "planning/plan";
    }

    @org.springframework.web.bind.annotation.PostMapping("/learn/{enrollmentId}/plan/weeks-off")
    String addWeekOff(CurrentAccount me, @PathVariable UUID enrollmentId, WeekOff weekOff, BindingResult binding,
                      jakarta.servlet.http.HttpServletResponse response, Model model) {
        Outcome<java.time.LocalDate> outcome = formErrors.<java.time.LocalDate>unreadable(binding)
                .orElseGet(() -> planner.addWeekOff(me.id(), enrollmentId, weekOff));
        if (outcome.isSaved()) {
            return "redirect:/learn/" + enrollmentId + "/plan#weeks-off";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        plan(me, enrollmentId, null, null, model);
        model.addAttribute("weekOffErrors", errors);
        return "planning/plan";
    }

    @org.springframework.web.bind.annotation.PostMapping("/learn/{enrollmentId}/plan/weeks-off/{monday}/delete")
    String removeWeekOff(CurrentAccount me, @PathVariable UUID enrollmentId, @PathVariable java.time.LocalDate monday) {
        if (!planner.removeWeekOff(me.id(), enrollmentId, monday)) {
            throw notFound();
        }
        return "redirect:/learn/" + enrollmentId + "/plan#weeks-off";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no roadmap with this address.");
    }

    @org.springframework.web.bind.annotation.PostMapping("/learn/{enrollmentId}/plan/calendar")
    String newFeed(CurrentAccount me, @PathVariable UUID enrollmentId, Model model,
                   jakarta.servlet.http.HttpServletResponse response) {
        String secret = calendars.newFeed(me.id(), enrollmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no roadmap with this address."));
        plan(me, enrollmentId, null, null, model);
        // shown in this response only; the address is the secret
        model.addAttribute("feedUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{secret}.ics").buildAndExpand(secret).toUriString());
        response.setHeader("Cache-Control", "no-store");
        return "planning/plan";
    }

    @org.springframework.web.bind.annotation.PostMapping("/learn/{enrollmentId}/plan/calendar/revoke")
    String revokeFeed(CurrentAccount me, @PathVariable UUID enrollmentId) {
        if (!calendars.revokeFeed(me.id(), enrollmentId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no roadmap with this address.");
        }
        return "redirect:/learn/" + enrollmentId + "/plan?feed-revoked#calendar";
    }

    @GetMapping("/learn/{enrollmentId}/plan.ics")
    org.springframework.http.ResponseEntity<String> download(CurrentAccount me, @PathVariable UUID enrollmentId) {
        String ics = calendars.download(me.id(), enrollmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no roadmap with this address."));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"ascent-plan.ics\"")
                .body(ics);
    }

    /** The subscribed feed: no sign-in, the secret in the address is the key. */
    @GetMapping("/calendar/{secret}.ics")
    org.springframework.http.ResponseEntity<String> feed(@PathVariable String secret) {
        String ics = calendars.feed(secret)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "This calendar address is not (or no longer) valid."));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header("Cache-Control", "private, max-age=900")
                .body(ics);
    }
}
