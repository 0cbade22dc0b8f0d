package dev.ascent.teams;

import java.util.UUID;

/** A notification was added for an account; its email copy, when there is one to send, follows from this event. */
public record NotificationCreated(UUID notificationId, UUID accountId, NotificationKind kind) {
}
