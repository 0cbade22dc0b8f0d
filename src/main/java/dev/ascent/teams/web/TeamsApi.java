package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.teams.Invitation;
import dev.ascent.teams.InvitationForm;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.TeamRoleChange;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamForm;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.TeamSummary;
import dev.ascent.teams.Teams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * Teams through the API: a team someone is not in answers 404, as if it did not exist; what only leads may
 * do answers 403 to other members. Changes need a read-write token, as everywhere under /api.
 */
@RestController
@RequestMapping(path = "/api/v1/teams", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams")
@SecurityRequirement(name = "token")
class TeamsApi {

    private final Teams teams;
    private final Invitations invitations;

    TeamsApi(Teams teams, Invitations invitations) {
        this.teams = teams;
        this.invitations = invitations;
    }

    record Name(@Nullable String name, @Nullable Integer version) {
    }

    record NewInvitation(@Nullable TeamRole role, @Nullable String email) {
    }

    record NewRole(@Nullable TeamRole role, @Nullable Integer version) {
    }

    /** A new invitation and the link that accepts it: this answer is the only place the link is ever shown. */
    record CreatedInvitation(Invitation invitation, String teamName, String url, boolean mailed) {
    }

    @GetMapping
    @Operation(summary = "Your teams, by name, with your role in each and its number of members")
    List<TeamSummary> list(CurrentAccount me) {
        return teams.teams(me.id());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a team ({\"name\"}); you are its first lead")
    ResponseEntity<?> create(CurrentAccount me, @RequestBody Name body) {
        return ApiOutcomes.respond(teams.create(me.id(), new TeamForm(body.name())), HttpStatus.CREATED);
    }

    @GetMapping("/{teamId}")
    @Operation(summary = "A team you are in: its name, version, your role and its members with their roles")
    TeamDetails team(CurrentAccount me, @PathVariable UUID teamId) {
        return teams.team(me.id(), teamId).orElseThrow(TeamsApi::notFound);
    }

    @PutMapping(path = "/{teamId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a team (leads); send the version you read; 409 when it changed meanwhile")
    ResponseEntity<?> rename(CurrentAccount me, @PathVariable UUID teamId, @RequestBody Name body) {
        return ApiOutcomes.respond(teams.rename(me.id(), teamId, new TeamForm(body.name()), ApiOutcomes.version(body.version())));
    }

    @GetMapping("/{teamId}/invitations")
    @Operation(summary = "The team's invitations that still work (leads), newest first; links are never shown again")
    List<Invitation> open(CurrentAccount me, @PathVariable UUID teamId) {
        return invitations.open(me.id(), teamId).orElseThrow(TeamsApi::notFound);
    }

    @PostMapping(path = "/{teamId}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invite to the team (leads): {\"role\": LEAD|MENTOR|MEMBER, \"email\"?}; the single-use link (7 days) is in this answer only")
    ResponseEntity<?> invite(CurrentAccount me, @PathVariable UUID teamId, @RequestBody NewInvitation body) {
        return ApiOutcomes.respond(invitations.invite(me.id(), teamId, new InvitationForm(body.role(), body.email())).map(link ->
                new CreatedInvitation(link.invitation(), link.teamName(),
                        ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString(), link.mailed())), HttpStatus.CREATED);
    }

    @DeleteMapping("/{teamId}/invitations/{invitationId}")
    @Operation(summary = "Revoke an open invitation (leads); its link stops working; 409 when it was already used, declined or expired")
    ResponseEntity<?> revoke(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID invitationId) {
        return ApiOutcomes.respond(invitations.revoke(me.id(), teamId, invitationId));
    }

    @PostMapping("/{teamId}/leave")
    @Operation(summary = "Leave the team; its only lead cannot while others remain (422); the last person out deletes it")
    ResponseEntity<?> leave(CurrentAccount me, @PathVariable UUID teamId) {
        return ApiOutcomes.respond(teams.leave(me.id(), teamId));
    }

    @DeleteMapping("/{teamId}/members/{accountId}")
    @Operation(summary = "Remove someone else from the team (leads)")
    ResponseEntity<?> remove(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID accountId) {
        return ApiOutcomes.respond(teams.remove(me.id(), teamId, accountId));
    }

    @PutMapping(path = "/{teamId}/members/{accountId}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change someone's role (leads): {\"role\", \"version\"} with the team's version; the team always keeps a lead")
    ResponseEntity<?> changeRole(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID accountId, @RequestBody NewRole body) {
        return ApiOutcomes.respond(teams.changeRole(me.id(), teamId, accountId, new TeamRoleChange(body.role()), ApiOutcomes.version(body.version())));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You are in no such team.");
    }
}
