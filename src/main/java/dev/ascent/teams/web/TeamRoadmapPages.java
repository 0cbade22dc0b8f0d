package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.RoadmapRelease;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.RoadmapChanges;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamRoadmap;
import dev.ascent.teams.TeamRoadmapDraft;
import dev.ascent.teams.TeamRoadmapEdit;
import dev.ascent.teams.TeamRoadmapForm;
import dev.ascent.teams.TeamRoadmapPublished;
import dev.ascent.teams.TeamRoadmaps;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team's roadmaps: the list (everyone in the team sees the published ones; leads also drafts, and start new ones
 * by forking a public roadmap or from an empty one), and the lead's editor: the YAML in a large text area, Check
 * (every problem with its line), Show changes (the line diff against the version it came from), Save draft and
 * Publish. The editor posts to one address with the button pressed as {@code action}.
 */
@Controller
class TeamRoadmapPages {

    private final Teams teams;
    private final TeamRoadmaps roadmaps;
    private final Catalog catalog;
    private final FormErrors formErrors;

    TeamRoadmapPages(Teams teams, TeamRoadmaps roadmaps, Catalog catalog, FormErrors formErrors) {
        this.teams = teams;
        this.roadmaps = roadmaps;
        this.catalog = catalog;
        this.formErrors = formErrors;
    }

    @GetMapping("/teams/{teamId}/roadmaps")
    String list(CurrentAccount me, @PathVariable UUID teamId, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        return listPage(me, team, new TeamRoadmapForm("", "", ""), Map.of(), model);
    }

    @PostMapping("/teams/{teamId}/roadmaps")
    String create(CurrentAccount me, @PathVariable UUID teamId, TeamRoadmapForm form, BindingResult binding,
                  HttpServletResponse response, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        Outcome<TeamRoadmap> outcome = formErrors.<TeamRoadmap>unreadable(binding, () -> roadmaps.problems(form))
                .orElseGet(() -> roadmaps.create(me.id(), teamId, form));
        if (outcome instanceof Outcome.Saved<TeamRoadmap>(TeamRoadmap made)) {
            return "redirect:/teams/" + teamId + "/roadmaps/" + made.id() + "?started";
        }
        return listPage(me, team, form, FormErrors.rejected(outcome, response), model);
    }

    @GetMapping("/teams/{teamId}/roadmaps/{teamRoadmapId}")
    String editor(CurrentAccount me, @PathVariable UUID teamId, @PathVariable("teamRoadmapId") String roadmapId,
                  @RequestParam(required = false) @Nullable String published, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        TeamRoadmapDraft draft = roadmaps.draft(me.id(), teamId, roadmapId).orElseThrow(TeamRoadmapPages::noRoadmap);
        if (published != null && draft.roadmap().published()) {
            // the release just published, with what it removed: progress on those ids no longer counts
            catalog.releases(roadmapId).stream().findFirst().ifPresent(release -> model.addAttribute("release", release));
        }
        return editorPage(team, draft, draft.text(), draft.roadmap().version(), Map.of(), model);
    }

    @PostMapping("/teams/{teamId}/roadmaps/{teamRoadmapId}")
    String edit(CurrentAccount me, @PathVariable UUID teamId, @PathVariable("teamRoadmapId") String roadmapId, TeamRoadmapEdit edit,
                @RequestParam(required = false) @Nullable Integer version, @RequestParam(defaultValue = "check") String action,
                HttpServletResponse response, Model model) {
        TeamDetails team = teams.team(me.id(), teamId).orElseThrow(PrivacyPages::notFound);
        TeamRoadmapDraft draft = roadmaps.draft(me.id(), teamId, roadmapId).orElseThrow(TeamRoadmapPages::noRoadmap);
        String text = edit.text();
        int sent = FormErrors.version(version);
        switch (action) {
            case "save" -> {
                Outcome<TeamRoadmapDraft> saved = roadmaps.save(me.id(), teamId, roadmapId, edit, sent);
                if (saved.isSaved()) {
                    return "redirect:/teams/" + teamId + "/roadmaps/" + roadmapId + "?saved";
                }
                return rejected(me, team, draft, text, sent, saved, response, model);
            }
            case "publish" -> {
                Outcome<TeamRoadmapPublished> published = roadmaps.publish(me.id(), teamId, roadmapId, edit, sent);
                if (published instanceof Outcome.Saved<TeamRoadmapPublished>(TeamRoadmapPublished done)) {
                    return "redirect:/teams/" + teamId + "/roadmaps/" + roadmapId + "?published=" + done.release().version();
                }
                model.addAttribute("report", roadmaps.check(roadmapId, text));
                return rejected(me, team, draft, text, sent, published, response, model);
            }
            case "changes" -> {
                RoadmapChanges changes = roadmaps.changes(me.id(), teamId, roadmapId, text).orElseThrow(TeamRoadmapPages::noRoadmap);
                model.addAttribute("changes", changes);
                return editorPage(team, draft, text, sent, Map.of(), model);
            }
            default -> {
                ValidationReport report = roadmaps.check(roadmapId, text);
                model.addAttribute("report", report);
                if (!report.valid()) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                }
                return editorPage(team, draft, text, sent, Map.of(), model);
            }
        }
    }

    /** A refused save or publish: the lead's text stays in the editor, unsaved, with the reason (and the saved draft after a conflict). */
    private String rejected(CurrentAccount me, TeamDetails team, TeamRoadmapDraft draft, String text, int sent, Outcome<?> outcome,
                            HttpServletResponse response, Model model) {
        Map<String, String> errors = FormErrors.rejected(outcome, response);
        if (outcome instanceof Outcome.Conflict<?>) {
            // read again: the version to send next, and the text someone else saved, shown under the lead's own
            TeamRoadmapDraft now = roadmaps.draft(me.id(), team.team().id(), draft.roadmap().id()).orElse(draft);
            model.addAttribute("savedDraft", now.text());
            return editorPage(team, now, text, now.roadmap().version(), errors, model);
        }
        return editorPage(team, draft, text, sent, errors, model);
    }

    private String listPage(CurrentAccount me, TeamDetails team, TeamRoadmapForm form, Map<String, String> errors, Model model) {
        List<TeamRoadmap> list = roadmaps.roadmaps(me.id(), team.team().id()).orElse(List.of());
        model.addAttribute("team", team);
        model.addAttribute("roadmaps", list);
        model.addAttribute("forkable", team.lead() ? roadmaps.forkable() : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "teams/roadmaps";
    }

    private String editorPage(TeamDetails team, TeamRoadmapDraft draft, String text, int version, Map<String, String> errors, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("roadmap", draft.roadmap());
        model.addAttribute("text", text);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("release")) {
            model.addAttribute("release", (RoadmapRelease) null);
        }
        return "teams/roadmapEditor";
    }

    static ResponseStatusException noRoadmap() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "This team has no such roadmap.");
    }
}
