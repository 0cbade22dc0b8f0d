package dev.ascent.planning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.Learning;
import dev.ascent.planning.Planner;
import dev.ascent.planning.Projection;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/** The plan page: pace, feasibility with a what-if for hours a week, this week's agenda, the timeline and the coming weeks. */
@Controller
class PlanPages {

    private final Planner planner;
    private final Learning learning;

    PlanPages(Planner planner, Learning learning) {
        this.planner = planner;
        this.learning = learning;
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
        model.addAttribute("timeline", PlanTimeline.of(projection, journey.enrollment().startDate(), learning.today()));
        model.addAttribute("weeks", projection.plan().weeks().stream().limit(8).toList());
        return htmx != null ? "planning/plan :: projection" : "planning/plan";
    }
}
