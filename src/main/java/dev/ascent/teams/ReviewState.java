package dev.ascent.teams;

/** Where a review stands: waiting for a mentor, waiting for the member's next iteration, decided, or withdrawn by its member. */
public enum ReviewState {
    OPEN("Waiting for a mentor"), CHANGES_REQUESTED("Changes requested"), APPROVED("Approved"), SIGNED_OFF("Signed off"),
    DECLINED("Declined"), WITHDRAWN("Withdrawn");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still open: in the queue, or waiting for the member. A decided review takes comments only. */
    public boolean open() {
        return this == OPEN || this == CHANGES_REQUESTED;
    }
}
