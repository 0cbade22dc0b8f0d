package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.time.LoggedTime;
import dev.ascent.learning.time.TimeEdit;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.FormErrors;
import org.springframework.validation.BindingResult;
import dev.ascent.learning.time.TimeLog;
import dev.ascent.learning.time.TimeLogWeek;
import dev.ascent.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The time log entry by entry: a week of entries, correcting one, deleting one, each at the version read. */
@RestController
@RequestMapping(path = "/api/v1/enrollments/{id}/time/entries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Learning", description = "Your enrolments and progress; needs a personal access token (changes: read-write)")
@SecurityRequirement(name = "token")
class TimeLogApi {

    private final TimeLog timeLog;
    private final FormErrors formErrors;

    TimeLogApi(TimeLog timeLog, FormErrors formErrors) {
        this.timeLog = timeLog;
        this.formErrors = formErrors;
    }

    /** The version a delete was read at, from the query string ({@code ?version=0}). */
    record Read(@Nullable Integer version) {
    }

    @GetMapping
    @Operation(summary = "A week of your time log, newest entry first, with its total and the nearest earlier and later weeks holding time; "
            + "each entry says whether you typed it (source 'manual') or a finished scenario credited it ('scenario')")
    TimeLogWeek week(CurrentAccount me, @PathVariable UUID id,
                     @Parameter(description = "any day of the week, YYYY-MM-DD; this week when left out") @RequestParam(required = false) @Nullable String week) {
        LocalDate monday;
        try {
            monday = timeLog.monday(week);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("week", e.getMessage()));
        }
        return timeLog.week(me.id(), id, monday).map(TimeLog.Page::week)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment with id '%s'.".formatted(id)));
    }

    @PutMapping(path = "/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct an entry's day, topic (null for the roadmap in general) and minutes; send the version you read; "
            + "409 with the current entry when it changed meanwhile, 422 naming the field")
    ResponseEntity<?> edit(CurrentAccount me, @PathVariable UUID id, @PathVariable long entryId, @RequestBody TimeEdit body) {
        return ApiOutcomes.respond(timeLog.edit(me.id(), id, entryId, body));
    }

    @DeleteMapping("/{entryId}")
    @Operation(summary = "Delete an entry at the version you read (?version=); 409 with the current entry when it changed meanwhile")
    ResponseEntity<?> delete(CurrentAccount me, @PathVariable UUID id, @PathVariable long entryId, Read read, BindingResult binding) {
        return ApiOutcomes.respond(formErrors.<LoggedTime>unreadable(binding).orElseGet(() -> timeLog.delete(me.id(), id, entryId, read.version())),
                HttpStatus.NO_CONTENT);
    }
}
