package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Something that happened for one person, with the page to look at it on ({@code link}, a path in the app). */
public record Notification(UUID id, NotificationKind kind, String title, String link, Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
