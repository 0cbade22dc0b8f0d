package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.teams.Overview;
import dev.ascent.teams.SkillMatrix;
import dev.ascent.teams.TeamOverview;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The lead's view of a team (leads and mentors): the table, sortable by each column, the skill matrix, the feed, and the CSV. */
@Controller
class TeamOverviewPages {

    private final TeamOverview overviews;

    TeamOverviewPages(TeamOverview overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/teams/{teamId}/overview")
    String show(CurrentAccount me, @PathVariable UUID teamId, @RequestParam(required = false) @Nullable String roadmap,
                @RequestParam(required = false) @Nullable String phase, @RequestParam(required = false) @Nullable String sort, Model model) {
        Overview overview = overviews.overview(me.id(), teamId, roadmap, phase, sort).orElseThrow(PrivacyPages::notFound);
        model.addAttribute("overview", overview);
        model.addAttribute("matrix", SkillMatrix.draw(overview));
        model.addAttribute("sorts", TeamOverview.SORTS);
        return "teams/overview";
    }

    @GetMapping("/teams/{teamId}/overview.csv")
    ResponseEntity<byte[]> csv(CurrentAccount me, @PathVariable UUID teamId, @RequestParam(required = false) @Nullable String roadmap,
                               @RequestParam(required = false) @Nullable String phase, @RequestParam(required = false) @Nullable String sort) {
        Overview overview = overviews.overview(me.id(), teamId, roadmap, phase, sort).orElseThrow(PrivacyPages::notFound);
        String name = "team-overview" + (overview.roadmap() == null ? "" : "-" + overview.roadmap().id())
                + (overview.phaseId() == null ? "" : "-" + overview.phaseId()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(OverviewCsv.write(overview).getBytes(StandardCharsets.UTF_8));
    }
}
