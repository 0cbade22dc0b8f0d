package dev.ascent.learning;

/** Where a learner is with one topic. */
public enum TopicStatus {
    NOT_STARTED("Not started"), LEARNING("Learning"), DONE("Done"), SKIPPED("Skipped");

    private final String label;

    TopicStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Done or skipped: nothing more to do for the plan. */
    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
