package dev.ascent.teams;

/**
 * What a review is of: a submitted project, a decision record, a finished scenario attempt, a checkpoint to sign off,
 * or an incident drill's debrief (brought by a {@link ReviewSource}).
 */
public enum ReviewKind {
    PROJECT("Project", "project"), DECISION("Decision record", "decision"), ATTEMPT("Scenario attempt", "attempt"),
    CHECKPOINT("Checkpoint sign-off", "checkpoint"), DEBRIEF("Incident debrief", "debrief");

    private final String label;
    private final String prefix;

    ReviewKind(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    /** The start of an item reference of this kind, e.g. {@code project:}. */
    public String prefix() {
        return prefix + ":";
    }
}
