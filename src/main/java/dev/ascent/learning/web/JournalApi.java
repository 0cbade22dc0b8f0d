package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.journal.Journal;
import dev.ascent.learning.journal.JournalEntry;
import dev.ascent.learning.journal.JournalForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.ApiOutcomes;
import java.time.LocalDate;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The learning journal through the API. */
@RestController
@RequestMapping(path = "/api/v1/journal", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Learning")
@SecurityRequirement(name = "token")
class JournalApi {

    private final Learning learning;
    private final Journal journal;

    JournalApi(Learning learning, Journal journal) {
        this.journal = journal;
        this.learning = learning;
    }

    record Entry(@Nullable LocalDate day, @Nullable String title, @Nullable String body, @Nullable List<String> tags,
                 @Nullable List<String> topics, @Nullable Integer version) {
        JournalForm form() {
            return new JournalForm(day, title, body, tags == null ? "" : String.join(",", tags), topics);
        }
    }

    @GetMapping
    @Operation(summary = "Your journal entries, newest first; ?tag= filters by a tag")
    List<JournalEntry> entries(CurrentAccount me, @RequestParam(required = false) @Nullable String tag) {
        return journal.journal(me.id(), tag);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write an entry: day (default today), title, Markdown body, tags, topics as roadmap-id/topic-id")
    ResponseEntity<?> create(CurrentAccount me, @RequestBody Entry body) {
        return ApiOutcomes.respond(journal.saveJournal(me.id(), null, body.form(), 0), HttpStatus.CREATED);
    }

    @PutMapping(path = "/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace an entry; send the version you read; 409 with the current entry when it changed meanwhile")
    ResponseEntity<?> update(CurrentAccount me, @PathVariable UUID entryId, @RequestBody Entry body) {
        return ApiOutcomes.respond(journal.saveJournal(me.id(), entryId, body.form(), ApiOutcomes.version(body.version())));
    }

    @DeleteMapping("/{entryId}")
    @Operation(summary = "Delete an entry")
    ResponseEntity<Void> delete(CurrentAccount me, @PathVariable UUID entryId) {
        if (!journal.deleteJournal(me.id(), entryId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no journal entry with id '%s'.".formatted(entryId));
        }
        return ResponseEntity.noContent().build();
    }
}
