package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.Invitation;
import dev.ascent.teams.InvitationForm;
import dev.ascent.teams.InvitationLink;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.TeamRoleChange;
import dev.ascent.teams.Team;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamForm;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** My teams, one team's members and, for its leads, invitations, roles and removal. */
@Controller
class TeamPages {

    /** Which form on the team page a redrawn answer's errors belong to. */
    enum Section { RENAME, INVITE, MEMBERS }

    private final Teams teams;
    private final Invitations invitations;
    private final FormErrors formErrors;

    TeamPages(Teams teams, Invitations invitations, FormErrors formErrors) {
        this.teams = teams;
        this.invitations = invitations;
        this.formErrors = formErrors;
    }

    @GetMapping("/teams")
    String list(CurrentAccount me, Model model) {
        return list(me, model, new TeamForm(""), Map.of());
    }

    @PostMapping("/teams")
    String create(CurrentAccount me, TeamForm form, BindingResult binding, HttpServletResponse response, Model model) {
        Outcome<Team> outcome = formErrors.<Team>unreadable(binding, () -> teams.problems(form)).orElseGet(() -> teams.create(me.id(), form));
        if (outcome instanceof Outcome.Saved<Team>(Team team)) {
            return "redirect:/teams/" + team.id() + "?created";
        }
        return list(me, model, form, FormErrors.rejected(outcome, response));
    }

    @GetMapping("/teams/{teamId}")
    String show(CurrentAccount me, @PathVariable UUID teamId, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        return show(me, team, model, null, new TeamForm(team.team().name()), blankInvitation(), Map.of());
    }

    @PostMapping("/teams/{teamId}/name")
    String rename(CurrentAccount me, @PathVariable UUID teamId, TeamForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        TeamDetails before = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<Team> outcome = formErrors.<Team>unreadable(binding, () -> teams.problems(form))
                .orElseGet(() -> teams.rename(me.id(), teamId, form, expected));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "?renamed";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return show(me, teams.team(me.id(), teamId).orElse(before), model, Section.RENAME, form, blankInvitation(), errors);
    }

    @PostMapping("/teams/{teamId}/invitations")
    String invite(CurrentAccount me, @PathVariable UUID teamId, InvitationForm form, BindingResult binding, HttpServletResponse response,
                  Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        Outcome<InvitationLink> outcome = formErrors.<InvitationLink>unreadable(binding, () -> invitations.problems(form))
                .orElseGet(() -> invitations.invite(me.id(), teamId, form));
        if (outcome instanceof Outcome.Saved<InvitationLink>(InvitationLink link)) {
            // not a redirect: the link exists only in this answer
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("link", link);
            model.addAttribute("url", ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString());
            return "teams/invitationCreated";
        }
        return show(me, team, model, Section.INVITE, new TeamForm(team.team().name()), form, FormErrors.rejected(outcome, response));
    }

    @PostMapping("/teams/{teamId}/invitations/{invitationId}/revoke")
    String revoke(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID invitationId, HttpServletResponse response, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        Outcome<Invitation> outcome = invitations.revoke(me.id(), teamId, invitationId);
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "?revoked";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return show(me, team, model, Section.INVITE, new TeamForm(team.team().name()), blankInvitation(),
                Map.of("invitation", errors.values().iterator().next()));
    }

    @PostMapping("/teams/{teamId}/members/{accountId}/role")
    String changeRole(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID accountId, TeamRoleChange change, BindingResult binding,
                      @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        TeamDetails before = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        int expected = FormErrors.version(version);
        Outcome<TeamDetails> outcome = formErrors.<TeamDetails>unreadable(binding)
                .orElseGet(() -> teams.changeRole(me.id(), teamId, accountId, change, expected));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "?role-changed";
        }
        return members(me, teamId, before, outcome, response, model);
    }

    @PostMapping("/teams/{teamId}/members/{accountId}/remove")
    String remove(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID accountId, HttpServletResponse response, Model model) {
        TeamDetails before = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        Outcome<TeamDetails> outcome = teams.remove(me.id(), teamId, accountId);
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "?removed";
        }
        return members(me, teamId, before, outcome, response, model);
    }

    @PostMapping("/teams/{teamId}/leave")
    String leave(CurrentAccount me, @PathVariable UUID teamId, HttpServletResponse response, Model model) {
        TeamDetails before = teams.team(me.id(), teamId).orElseThrow(TeamPages::notFound);
        Outcome<Teams.Departure> outcome = teams.leave(me.id(), teamId);
        if (outcome instanceof Outcome.Saved<Teams.Departure>(Teams.Departure departure)) {
            return departure.teamDeleted() ? "redirect:/teams?deleted" : "redirect:/teams?left";
        }
        return members(me, teamId, before, outcome, response, model);
    }

    private String members(CurrentAccount me, UUID teamId, TeamDetails before, Outcome<?> outcome, HttpServletResponse response, Model model) {
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return show(me, teams.team(me.id(), teamId).orElse(before), model, Section.MEMBERS, new TeamForm(before.team().name()), blankInvitation(),
                Map.of("members", String.join(" ", errors.values())));
    }

    private String list(CurrentAccount me, Model model, TeamForm form, Map<String, String> errors) {
        model.addAttribute("teams", teams.teams(me.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "teams/teams";
    }

    private String show(CurrentAccount me, TeamDetails team, Model model, @Nullable Section section, TeamForm renameForm,
                        InvitationForm inviteForm, Map<String, String> errors) {
        model.addAttribute("team", team);
        model.addAttribute("me", me.id());
        model.addAttribute("roles", TeamRole.values());
        model.addAttribute("open", team.lead() ? invitations.open(me.id(), team.team().id()).orElse(List.of()) : List.of());
        model.addAttribute("renameForm", renameForm);
        model.addAttribute("inviteForm", inviteForm);
        model.addAttribute("section", section == null ? "" : section.name());
        model.addAttribute("errors", errors);
        return "teams/team";
    }

    private static InvitationForm blankInvitation() {
        return new InvitationForm(TeamRole.MEMBER, "");
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You are in no such team.");
    }
}
