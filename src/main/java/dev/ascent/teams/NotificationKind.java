package dev.ascent.teams;

/** What a notification is about; each kind can be turned off in the app and by email separately. */
public enum NotificationKind {
    TEAM_JOINED("Someone joins a team you lead"),
    CHECK_IN_STARTED("A check-in is opened with you"),
    CHECK_IN_AGREED("A check-in of yours is agreed"),
    REVIEW_REQUESTED("A member of a team you mentor asks for review, or withdraws a request you answered"),
    REVIEW_ANSWERED("A mentor answers your review or signs off your checkpoint"),
    ROADMAP_ASSIGNED("A lead assigns you a roadmap"),
    ASSIGNMENT_ANSWERED("A member accepts or declines a roadmap you assigned"),
    DRILL_STARTED("A mentor or lead starts an incident drill for you, as its game master"),
    WEEKLY_DIGEST("Mondays: your week ahead (what is planned, reviews due, your next checkpoint)"),
    TEAM_DIGEST("Mondays: who in a team you lead fell behind their plan");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** For the settings form: "Someone joins a team you lead". */
    public String label() {
        return label;
    }
}
