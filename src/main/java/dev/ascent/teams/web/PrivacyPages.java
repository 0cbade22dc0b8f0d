package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.Privacy;
import dev.ascent.teams.PrivacyForm;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamPrivacy;
import dev.ascent.teams.Teams;
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

import java.util.Map;
import java.util.UUID;

/** What a member lets their team's leads and mentors see, on a page of its own. */
@Controller
class PrivacyPages {

    private final Teams teams;
    private final TeamPrivacy privacy;

    PrivacyPages(Teams teams, TeamPrivacy privacy) {
        this.teams = teams;
        this.privacy = privacy;
    }

    @GetMapping("/teams/{teamId}/privacy")
    String show(CurrentAccount me, @PathVariable UUID teamId, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        return page(team, privacy.privacy(me.id(), teamId).orElseThrow(PrivacyPages::notFound), Map.of(), model);
    }

    @PostMapping("/teams/{teamId}/privacy")
    String save(CurrentAccount me, @PathVariable UUID teamId, @RequestParam(required = false) @Nullable Boolean shareProgress,
                @RequestParam(required = false) @Nullable Boolean sharePlan, @RequestParam(required = false) @Nullable Boolean shareCheckpoints,
                @RequestParam(required = false) @Nullable Integer version, HttpServletResponse response, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        Outcome<Privacy> outcome = privacy.save(me.id(), teamId, new PrivacyForm(shareProgress, sharePlan, shareCheckpoints), FormErrors.version(version));
        if (outcome.isSaved()) {
            return "redirect:/teams/" + teamId + "/privacy?saved";
        }
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        return page(team, privacy.privacy(me.id(), teamId).orElseThrow(PrivacyPages::notFound), errors, model);
    }

    private static String page(TeamDetails team, Privacy settings, Map<String, String> errors, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("privacy", settings);
        model.addAttribute("errors", errors);
        return "teams/privacy";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You are in no such team.");
    }
}
