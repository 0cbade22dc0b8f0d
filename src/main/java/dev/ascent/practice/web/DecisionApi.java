package dev.ascent.practice.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.InvalidInputException;
import dev.ascent.practice.DecisionForm;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.DecisionRecord;
import dev.ascent.practice.DecisionRevisit;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The decision journal through the API. */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Practice")
@SecurityRequirement(name = "token")
class DecisionApi {

    private final DecisionJournal journal;

    DecisionApi(DecisionJournal journal) {
        this.journal = journal;
    }

    record Body(@Nullable String title, DecisionRecord.@Nullable Status status, @Nullable LocalDate decidedOn, @Nullable String context,
                @Nullable String drivers, @Nullable String options, @Nullable String outcome, @Nullable String consequences,
                @Nullable List<String> tags, @Nullable List<String> topics, @Nullable LocalDate revisitOn, @Nullable Integer version) {
        DecisionForm form() {
            // null elements are simply absent: "tags": [null] is no tag, never the tag "null"
            return new DecisionForm(title, status, decidedOn, context, drivers, options, outcome, consequences,
                    tags == null ? "" : String.join(",", tags.stream().filter(java.util.Objects::nonNull).toList()), topics, revisitOn);
        }
    }

    record Revisit(@Nullable String actualOutcome, @Nullable String wouldDecideNow, @Nullable LocalDate nextRevisit, @Nullable Integer version) {
        DecisionRevisit revisit() {
            return new DecisionRevisit(actualOutcome, wouldDecideNow, nextRevisit);
        }
    }

    @GetMapping
    @Operation(summary = "Your decision records, newest number first; filter by ?tag=, ?topic=roadmap-id/topic-id and ?status= (a status, or 'due')")
    List<DecisionRecord> records(CurrentAccount me, @RequestParam(required = false) @Nullable String tag,
                                 @RequestParam(required = false) @Nullable String topic, @RequestParam(required = false) @Nullable String status) {
        if (status != null && !status.isBlank() && !"due".equalsIgnoreCase(status.strip()) && DecisionRecord.Status.parse(status) == null) {
            throw new InvalidInputException(Map.of("status", "Filter by proposed, accepted, rejected, deprecated, superseded or due."));
        }
        return journal.records(me.id(), tag, topic, status);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a decision; it gets the next ADR number")
    ResponseEntity<?> create(CurrentAccount me, @RequestBody Body body) {
        return ApiOutcomes.respond(journal.create(me.id(), body.form()), HttpStatus.CREATED);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One decision record")
    DecisionRecord record(CurrentAccount me, @PathVariable UUID id) {
        return journal.record(me.id(), id).orElseThrow(DecisionApi::notFound);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a record's fields; send the version you read; 409 when it changed meanwhile")
    ResponseEntity<?> update(CurrentAccount me, @PathVariable UUID id, @RequestBody Body body) {
        return ApiOutcomes.respond(journal.update(me.id(), id, body.form(), ApiOutcomes.version(body.version())));
    }

    @PostMapping(path = "/{id}/revisit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Look back at a decision: what actually happened, what you would decide now, optionally when to look again")
    ResponseEntity<?> revisit(CurrentAccount me, @PathVariable UUID id, @RequestBody Revisit body) {
        return ApiOutcomes.respond(journal.revisit(me.id(), id, body.revisit(), ApiOutcomes.version(body.version())));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a record; the numbers of the others stay as they are")
    ResponseEntity<Void> delete(CurrentAccount me, @PathVariable UUID id) {
        if (!journal.delete(me.id(), id)) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/export.zip", produces = "application/zip")
    @Operation(summary = "Every record as a numbered Markdown file (0001-title.md) with an index, in a zip archive")
    ResponseEntity<byte[]> export(CurrentAccount me) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"ascent-decisions-" + journal.today() + ".zip\"")
                .body(journal.markdownArchive(me.id()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such decision record.");
    }
}
