package dev.ascent.teams;

/** What a notification is about; each kind can be turned off in the app and by email separately. */
public enum NotificationKind {
    TEAM_JOINED("Someone joins a team you lead"),
    CHECK_IN_STARTED("A check-in is opened with you"),
    CHECK_IN_AGREED("A check-in of yours is agreed"),
    REVIEW_REQUESTED("A member of a team you mentor asks for review"),
    REVIEW_ANSWERED("A mentor answers your review or signs off your checkpoint");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** For the settings form: "Someone joins a team you lead". */
    public String label() {
        return label;
    }
}
