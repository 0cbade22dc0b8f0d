package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.teams.Notification;
import dev.ascent.teams.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.UUID;

/** Your notifications through the API: the newest hundred with the unread count, and marking them read. */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams")
@SecurityRequirement(name = "token")
class NotificationsApi {

    private final Notifications notifications;

    NotificationsApi(Notifications notifications) {
        this.notifications = notifications;
    }

    record Inbox(int unread, List<Notification> notifications) {
    }

    @GetMapping
    @Operation(summary = "Your newest notifications (links are paths in the app) and how many are unread")
    Inbox inbox(CurrentAccount me) {
        return new Inbox(notifications.unread(me.id()), notifications.list(me.id()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read")
    ResponseEntity<Void> read(CurrentAccount me, @PathVariable UUID id) {
        notifications.open(me.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such notification of yours."));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    @Operation(summary = "Mark every notification read")
    ResponseEntity<Void> readAll(CurrentAccount me) {
        notifications.markAllRead(me.id());
        return ResponseEntity.noContent().build();
    }
}
