package dev.ascent.planning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.Learning;
import dev.ascent.planning.Plan;
import dev.ascent.planning.Planner;
import dev.ascent.planning.Projection;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The plan as JSON: projections and the weeks, at your hours or at a what-if number of hours. */
@RestController
@RequestMapping(path = "/api/v1/enrollments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Planning", description = "Your week-by-week plan and projections; needs a personal access token")
@SecurityRequirement(name = "token")
class PlanApi {

    private final Planner planner;
    private final dev.ascent.planning.Calendars calendars;

    PlanApi(Planner planner, dev.ascent.planning.Calendars calendars) {
        this.planner = planner;
        this.calendars = calendars;
    }

    record PlanView(int weeklyHours, LocalDate end, int endMonth, @Nullable Integer maxMonths, boolean feasible, String pace,
                    int remainingHours, List<String> advice, List<Projection.PhaseDate> phases,
                    List<Projection.CheckpointDate> checkpoints, Map<String, Plan.Span> items, List<Plan.Week> weeks) {
    }

    @GetMapping("/plan")
    @Operation(summary = "Projected end, pace, advice, phase and checkpoint dates and the weeks; ?hours= for a what-if (1-80)")
    PlanView plan(CurrentAccount me, @PathVariable UUID id, @RequestParam(required = false) @Nullable String hours) {
        Integer whatIf = null;
        if (hours != null && !hours.isBlank()) {
            try {
                whatIf = Integer.parseInt(hours.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(Map.of("hours", "Give the hours a week as a whole number between 1 and 80."));
            }
            if (whatIf < 1 || whatIf > Learning.MAX_WEEKLY_HOURS) {
                throw new InvalidInputException(Map.of("hours", "Give the hours a week as a whole number between 1 and 80."));
            }
        }
        Projection p = planner.projection(me.id(), id, whatIf)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment with id '%s'.".formatted(id)));
        return new PlanView(p.weeklyHours(), p.end(), p.endMonth(), p.maxMonths(), p.feasible(), p.pace(), p.remainingHours(),
                p.advice(), p.phases(), p.checkpoints(), p.plan().items(), p.plan().weeks());
    }

    /** Study days (MONDAY…SUNDAY) and the time sessions start (HH:MM), which the calendar places each week's hours on. */
    record ScheduleView(List<String> days, String start) {
        static ScheduleView of(dev.ascent.planning.StudySchedule schedule) {
            return new ScheduleView(schedule.days().stream().map(Enum::name).toList(), schedule.start().toString());
        }
    }


    @GetMapping("/plan/schedule")
    @Operation(summary = "Your study days and session start time (weekday evenings at 19:00 until you set them)")
    ScheduleView schedule(CurrentAccount me, @PathVariable UUID id) {
        return calendars.schedule(me.id(), id).map(ScheduleView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment with id '%s'.".formatted(id)));
    }

    @org.springframework.web.bind.annotation.PutMapping(path = "/plan/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set your study days and session start time; the calendar follows at once")
    ResponseEntity<?> saveSchedule(CurrentAccount me, @PathVariable UUID id,
                                   @org.springframework.web.bind.annotation.RequestBody dev.ascent.planning.ScheduleForm body) {
        return ApiOutcomes.respond(calendars.saveSchedule(me.id(), id, body).map(ScheduleView::of));
    }

    @GetMapping(path = "/plan.ics", produces = "text/calendar")
    @Operation(summary = "The plan as iCalendar: weekly study blocks and checkpoint dates")
    org.springframework.http.ResponseEntity<String> ics(CurrentAccount me, @PathVariable UUID id) {
        String ics = calendars.download(me.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment with id '%s'.".formatted(id)));
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(ics);
    }
}
