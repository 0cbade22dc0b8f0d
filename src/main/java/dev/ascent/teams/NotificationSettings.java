package dev.ascent.teams;

import java.util.Set;

/** The kinds a person turned off, in the app and by email. Everything is on until turned off. */
public record NotificationSettings(Set<NotificationKind> mutedInApp, Set<NotificationKind> mutedByEmail, boolean emailAvailable) {

    public NotificationSettings {
        mutedInApp = Set.copyOf(mutedInApp);
        mutedByEmail = Set.copyOf(mutedByEmail);
    }

    public boolean inApp(NotificationKind kind) {
        return !mutedInApp.contains(kind);
    }

    public boolean byEmail(NotificationKind kind) {
        return !mutedByEmail.contains(kind);
    }
}
