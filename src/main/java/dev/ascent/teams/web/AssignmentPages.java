package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.Assignment;
import dev.ascent.teams.AssignmentForm;
import dev.ascent.teams.Assignments;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.Teams;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Roadmaps assigned in a team: a lead assigns and sees every assignment's state; a member answers their own
 * (accept: enrolled, or keeps the enrolment they have; decline).
 */
@Controller
class AssignmentPages {

    private final Teams teams;
    private final Assignments assignments;
    private final FormErrors formErrors;

    AssignmentPages(Teams teams, Assignments assignments, FormErrors formErrors) {
        this.teams = teams;
        this.assignments = assignments;
        this.formErrors = formErrors;
    }

    @GetMapping("/teams/{teamId}/assignments")
    String show(CurrentAccount me, @PathVariable UUID teamId, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        return page(me, team, blank(), Map.of(), model);
    }

    @PostMapping("/teams/{teamId}/assignments")
    String assign(CurrentAccount me, @PathVariable UUID teamId, AssignmentForm form, BindingResult binding, HttpServletResponse response,
                  Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        Outcome<List<Assignment>> outcome = formErrors.<List<Assignment>>unreadable(binding, () -> assignments.problems(form))
                .orElseGet(() -> assignments.assign(me.id(), teamId, form));
        if (outcome instanceof Outcome.Saved<List<Assignment>>(List<Assignment> made)) {
            return "redirect:/teams/" + teamId + "/assignments?assigned=" + made.size();
        }
        return page(me, team, form, FormErrors.rejected(outcome, response), model);
    }

    @PostMapping("/teams/{teamId}/assignments/{assignmentId}/accept")
    String accept(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID assignmentId,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        Outcome<Assignments.Answer> outcome = assignments.accept(me.id(), teamId, assignmentId, FormErrors.version(version));
        if (outcome instanceof Outcome.Saved<Assignments.Answer>(Assignments.Answer answer)) {
            return "redirect:/teams/" + teamId + "/assignments?" + (answer.kept() ? "kept" : "enrolled") + "=" + answer.enrollmentId();
        }
        return answered(me, team, outcome, response, model);
    }

    @PostMapping("/teams/{teamId}/assignments/{assignmentId}/decline")
    String decline(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID assignmentId,
                   @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        Outcome<Assignment> outcome = assignments.decline(me.id(), teamId, assignmentId, FormErrors.version(version));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/assignments?declined";
        }
        return answered(me, team, outcome, response, model);
    }

    private String answered(CurrentAccount me, TeamDetails team, Outcome<?> outcome, HttpServletResponse response, Model model) {
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        String message = outcome instanceof Outcome.Conflict<?> conflict ? conflict.message() : String.join(" ", errors.values());
        return page(me, team, blank(), Map.of("answer", message), model);
    }

    private String page(CurrentAccount me, TeamDetails team, AssignmentForm form, Map<String, String> errors, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("me", me.id());
        model.addAttribute("assignments", assignments.ofTeam(me.id(), team.team().id()).orElse(List.of()));
        model.addAttribute("roadmaps", team.lead() ? assignments.roadmaps(team.team().id()) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "teams/assignments";
    }

    private AssignmentForm blank() {
        return new AssignmentForm("", "", null, null);
    }
}
