package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.Outcome;
import dev.ascent.platform.YamlUpload;
import dev.ascent.teams.TeamRoadmap;
import dev.ascent.teams.TeamRoadmapEdit;
import dev.ascent.teams.TeamRoadmapForm;
import dev.ascent.teams.TeamRoadmapPublished;
import dev.ascent.teams.TeamRoadmaps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * A team's roadmaps through the API: everyone in the team lists the published ones (a lead also the drafts);
 * a lead starts one and publishes a YAML file as its next version, with a read-write token. A file with problems
 * answers 422 listing every problem with its line, like the administrators' roadmap API.
 */
@RestController
@RequestMapping(path = "/api/v1/teams/{teamId}/roadmaps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams")
@SecurityRequirement(name = "token")
class TeamRoadmapsApi {

    private final TeamRoadmaps roadmaps;

    TeamRoadmapsApi(TeamRoadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    record NewRoadmap(@Nullable String id, @Nullable String title, @Nullable String from) {
    }

    @GetMapping
    @Operation(summary = "The team's roadmaps: the published ones, and drafts too for a lead")
    List<TeamRoadmap> list(CurrentAccount me, @PathVariable UUID teamId) {
        return roadmaps.roadmaps(me.id(), teamId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You are in no such team."));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a team roadmap ({\"id\", \"title\", \"from\"}: from names a public roadmap to fork, or is left out to start "
            + "from an empty one); leads only. The id must be unused by every roadmap on the server")
    ResponseEntity<?> create(CurrentAccount me, @PathVariable UUID teamId, @RequestBody NewRoadmap body) {
        return ApiOutcomes.respond(roadmaps.create(me.id(), teamId, new TeamRoadmapForm(body.id(), body.title(), body.from())), HttpStatus.CREATED);
    }

    @PostMapping(path = "/{teamRoadmapId}/versions", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @Operation(summary = "Publish the YAML file (the request body) as the roadmap's next version, for the team only; leads only. "
            + "Its version line is set to the next version. 201 with the release; 422 with every problem; 409 when the draft "
            + "changed since the optional ?version= was read")
    ResponseEntity<?> publish(CurrentAccount me, @PathVariable UUID teamId, @PathVariable("teamRoadmapId") String roadmapId,
                              @RequestParam(required = false) @Nullable Integer version, HttpServletRequest request) throws IOException {
        YamlUpload upload = YamlUpload.of(roadmapId + ".yaml", request.getInputStream(), "roadmap");
        if (upload.unreadable() != null) {
            return upload.unreadableProblem();
        }
        TeamRoadmapEdit edit = new TeamRoadmapEdit(upload.text());
        Outcome<TeamRoadmapPublished> outcome = roadmaps.publish(me.id(), teamId, roadmapId, edit, version == null ? -1 : version);
        if (outcome instanceof Outcome.Invalid<TeamRoadmapPublished>(var errors) && errors.containsKey("yaml")) {
            ValidationReport report = roadmaps.check(roadmapId, edit.text());
            return YamlUpload.problem(HttpStatus.UNPROCESSABLE_CONTENT, errors.get("yaml"), report.problems());
        }
        return ApiOutcomes.respond(outcome, HttpStatus.CREATED);
    }
}
