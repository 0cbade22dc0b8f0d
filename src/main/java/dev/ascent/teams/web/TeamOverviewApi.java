package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.teams.Assignment;
import dev.ascent.teams.AssignmentForm;
import dev.ascent.teams.Assignments;
import dev.ascent.teams.Overview;
import dev.ascent.teams.Privacy;
import dev.ascent.teams.PrivacyForm;
import dev.ascent.teams.TeamOverview;
import dev.ascent.teams.TeamPrivacy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The lead's view, privacy and assigned roadmaps through the API, with the pages' rules: outside the team 404,
 * the overview 403 to members, assigning 403 to all but leads; values a member does not share are absent and
 * their reason ("NOT_SHARED") is given beside them. Changes need a read-write token.
 */
@RestController
@RequestMapping(path = "/api/v1/teams/{teamId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams")
@SecurityRequirement(name = "token")
class TeamOverviewApi {

    private final TeamOverview overviews;
    private final TeamPrivacy privacy;
    private final Assignments assignments;

    TeamOverviewApi(TeamOverview overviews, TeamPrivacy privacy, Assignments assignments) {
        this.overviews = overviews;
        this.privacy = privacy;
        this.assignments = assignments;
    }

    record Settings(@Nullable Boolean shareProgress, @Nullable Boolean sharePlan, @Nullable Boolean shareCheckpoints, @Nullable Integer version) {
    }

    record NewAssignment(@Nullable String member, @Nullable String roadmapId, @Nullable LocalDate startDate, @Nullable Integer weeklyHours) {
    }

    record Version(@Nullable Integer version) {
    }

    @GetMapping("/overview")
    @Operation(summary = "The lead's view (leads and mentors): per person level, share done per phase (or per topic of ?phase=), pace, "
            + "next checkpoint, last activity, as far as each shares them, and their open review requests (count, oldest); "
            + "?roadmap= picks the roadmap, ?sort= the order (name, level, done, pace, checkpoint, activity, reviews; -key reverses); and the activity feed")
    Overview overview(CurrentAccount me, @PathVariable UUID teamId, @RequestParam(required = false) @Nullable String roadmap,
                      @RequestParam(required = false) @Nullable String phase, @RequestParam(required = false) @Nullable String sort) {
        return overviews.overview(me.id(), teamId, roadmap, phase, sort).orElseThrow(TeamOverviewApi::notFound);
    }

    @GetMapping("/privacy")
    @Operation(summary = "What you let this team's leads and mentors see (progress, plan and pace, checkpoints; all shared by default)")
    Privacy privacy(CurrentAccount me, @PathVariable UUID teamId) {
        return privacy.privacy(me.id(), teamId).orElseThrow(TeamOverviewApi::notFound);
    }

    @PutMapping(path = "/privacy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change what you share with the team: {\"shareProgress\", \"sharePlan\", \"shareCheckpoints\", \"version\"}; "
            + "a field left out is not shared; 409 when changed meanwhile")
    ResponseEntity<?> share(CurrentAccount me, @PathVariable UUID teamId, @RequestBody Settings body) {
        return ApiOutcomes.respond(privacy.save(me.id(), teamId, new PrivacyForm(body.shareProgress(), body.sharePlan(), body.shareCheckpoints()),
                ApiOutcomes.version(body.version())));
    }

    @GetMapping("/assignments")
    @Operation(summary = "Roadmaps assigned in the team with their states (leads see all, others their own), newest first")
    List<Assignment> assignments(CurrentAccount me, @PathVariable UUID teamId) {
        return assignments.ofTeam(me.id(), teamId).orElseThrow(TeamOverviewApi::notFound);
    }

    @PostMapping(path = "/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign a built-in roadmap (leads): {\"member\": account id or \"all\", \"roadmapId\", \"startDate\", \"weeklyHours\"}")
    ResponseEntity<?> assign(CurrentAccount me, @PathVariable UUID teamId, @RequestBody NewAssignment body) {
        return ApiOutcomes.respond(assignments.assign(me.id(), teamId,
                new AssignmentForm(body.member(), body.roadmapId(), body.startDate(), body.weeklyHours())), HttpStatus.CREATED);
    }

    @PostMapping(path = "/assignments/{assignmentId}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a roadmap assigned to you ({\"version\"}): enrolled with its start and hours, or you keep the enrolment you have ("
            + "\"kept\": true); 409 when already answered")
    ResponseEntity<?> accept(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID assignmentId, @RequestBody Version body) {
        return ApiOutcomes.respond(assignments.accept(me.id(), teamId, assignmentId, ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/assignments/{assignmentId}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decline a roadmap assigned to you ({\"version\"}); 409 when already answered")
    ResponseEntity<?> decline(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID assignmentId, @RequestBody Version body) {
        return ApiOutcomes.respond(assignments.decline(me.id(), teamId, assignmentId, ApiOutcomes.version(body.version())));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You are in no such team.");
    }
}
