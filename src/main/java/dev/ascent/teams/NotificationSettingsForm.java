package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The settings form as sent: the kinds left on in the app and by email (a checkbox each; unchecked ones are absent). */
public record NotificationSettingsForm(@Nullable List<NotificationKind> inApp, @Nullable List<NotificationKind> email) {

    public List<NotificationKind> inAppOrNone() {
        return inApp == null ? List.of() : inApp;
    }

    public List<NotificationKind> emailOrNone() {
        return email == null ? List.of() : email;
    }
}
