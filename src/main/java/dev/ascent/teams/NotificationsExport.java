package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * The notifications section of an account's export: what the person was told and which kinds they turned off.
 * Records written for the file: their components are its keys.
 */
public record NotificationsExport(List<NotificationRecord> notifications, List<NotificationKind> mutedInApp, List<NotificationKind> mutedByEmail) {

    public record NotificationRecord(@Nullable NotificationKind kind, @Nullable String title, @Nullable String link, @Nullable Instant createdAt,
                                     @Nullable Instant readAt) {
    }

    public NotificationsExport {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        mutedInApp = mutedInApp == null ? List.of() : List.copyOf(mutedInApp);
        mutedByEmail = mutedByEmail == null ? List.of() : List.copyOf(mutedByEmail);
    }
}
