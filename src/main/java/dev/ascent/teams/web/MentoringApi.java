package dev.ascent.teams.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.ascent.accounts.CurrentAccount;
import dev.ascent.catalog.Level;
import dev.ascent.learning.Proficiency;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.teams.CheckIn;
import dev.ascent.teams.CheckInAgreement;
import dev.ascent.teams.CheckInAssessment;
import dev.ascent.teams.CheckInStart;
import dev.ascent.teams.CheckIns;
import dev.ascent.teams.MemberCheckIns;
import dev.ascent.teams.OneOnOne;
import dev.ascent.teams.OneOnOneNoteForm;
import dev.ascent.teams.OneOnOnes;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;
import java.util.UUID;

/**
 * Check-ins and 1:1 notes through the API, with the pages' rules: what the reader may not see answers 404; each side's
 * levels stay hidden from the other until both are in; writes need a read-write token, as everywhere under /api.
 */
@RestController
@RequestMapping(path = "/api/v1/teams/{teamId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams")
@SecurityRequirement(name = "token")
class MentoringApi {

    private final CheckIns checkIns;
    private final OneOnOnes oneOnOnes;

    MentoringApi(CheckIns checkIns, OneOnOnes oneOnOnes) {
        this.checkIns = checkIns;
        this.oneOnOnes = oneOnOnes;
    }

    record Levels(@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) @Nullable Map<String, @Nullable Proficiency> levels,
                  @Nullable Boolean submit, @Nullable Integer version) {
    }

    record Agreement(@Nullable Level level, @Nullable String note, @Nullable Integer version) {
    }

    record Note(@Nullable String body, @Nullable Integer version) {
    }

    @GetMapping("/members/{memberId}/check-ins")
    @Operation(summary = "A member's check-ins in the team, newest first, and the phases a new one could cover (the member, or a mentor or lead)")
    MemberCheckIns history(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID memberId) {
        return checkIns.of(me.id(), teamId, memberId).orElseThrow(() -> notFound("There is no such person in this team."));
    }

    @PostMapping(path = "/members/{memberId}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a check-in ({\"phase\": \"roadmap-id/phase-id\", \"assessor\"}); a mentor or lead starting one assesses it")
    ResponseEntity<?> start(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID memberId, @RequestBody CheckInStart body) {
        return ApiOutcomes.respond(checkIns.start(me.id(), teamId, memberId, body), HttpStatus.CREATED);
    }

    @GetMapping("/check-ins/{checkInId}")
    @Operation(summary = "A check-in as you may see it: the other side's levels are null until both are in")
    CheckIn checkIn(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId) {
        return checkIns.checkIn(me.id(), teamId, checkInId).orElseThrow(() -> notFound("There is no such check-in in this team."));
    }

    @PutMapping(path = "/check-ins/{checkInId}/levels", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your side's levels ({\"levels\": {\"topic-id\": \"WORKING\"}, \"submit\": true, \"version\"}); a draft without submit")
    ResponseEntity<?> levels(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId, @RequestBody Levels body) {
        int version = ApiOutcomes.version(body.version());
        return ApiOutcomes.respond(checkIns.assess(me.id(), teamId, checkInId,
                new CheckInAssessment(body.levels(), Boolean.TRUE.equals(body.submit())), version));
    }

    @PutMapping(path = "/check-ins/{checkInId}/agreement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the agreed level ({\"level\": \"SENIOR\", \"note\", \"version\"}): the assessor, once both sides are in")
    ResponseEntity<?> agree(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId, @RequestBody Agreement body) {
        int version = ApiOutcomes.version(body.version());
        return ApiOutcomes.respond(checkIns.agree(me.id(), teamId, checkInId, new CheckInAgreement(body.level(), body.note()), version));
    }

    @DeleteMapping("/check-ins/{checkInId}")
    @Operation(summary = "Withdraw a check-in that is not agreed yet (?version=)")
    ResponseEntity<?> withdraw(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID checkInId,
                               @RequestParam(required = false) @Nullable Integer version) {
        return ApiOutcomes.respond(checkIns.withdraw(me.id(), teamId, checkInId, ApiOutcomes.version(version)), HttpStatus.NO_CONTENT);
    }

    @GetMapping("/one-on-ones/{otherId}")
    @Operation(summary = "Your 1:1 notes with one person of the team (one of you a mentor or lead), oldest first")
    OneOnOne thread(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId) {
        return oneOnOnes.thread(me.id(), teamId, otherId).orElseThrow(() -> notFound("There are no 1:1 notes between you and this person in this team."));
    }

    @PostMapping(path = "/one-on-ones/{otherId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a 1:1 note ({\"body\"}: Markdown)")
    ResponseEntity<?> write(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, @RequestBody Note body) {
        return ApiOutcomes.respond(oneOnOnes.write(me.id(), teamId, otherId, new OneOnOneNoteForm(body.body())), HttpStatus.CREATED);
    }

    @PutMapping(path = "/one-on-ones/{otherId}/notes/{noteId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change one of your own 1:1 notes ({\"body\", \"version\"})")
    ResponseEntity<?> edit(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, @PathVariable UUID noteId,
                           @RequestBody Note body) {
        int version = ApiOutcomes.version(body.version());
        return ApiOutcomes.respond(oneOnOnes.edit(me.id(), teamId, otherId, noteId, new OneOnOneNoteForm(body.body()), version));
    }

    @DeleteMapping("/one-on-ones/{otherId}/notes/{noteId}")
    @Operation(summary = "Delete one of your own 1:1 notes (?version=)")
    ResponseEntity<?> delete(CurrentAccount me, @PathVariable UUID teamId, @PathVariable UUID otherId, @PathVariable UUID noteId,
                             @RequestParam(required = false) @Nullable Integer version) {
        return ApiOutcomes.respond(oneOnOnes.delete(me.id(), teamId, otherId, noteId, ApiOutcomes.version(version)), HttpStatus.NO_CONTENT);
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
