package dev.ascent.learning;

/** How well a learner knows a topic, in five steps, each with what it means in practice. */
public enum Proficiency {
    NONE("None", "I have not worked with this yet."),
    AWARE("Aware", "I know what it is and when it matters, but have not used it myself."),
    WORKING("Working", "I can use it on real tasks with a reference or some help at hand."),
    PROFICIENT("Proficient", "I use it confidently on my own and can explain the trade-offs."),
    EXPERT("Expert", "I could teach it, review others' use of it and handle its hard cases.");

    private final String label;
    private final String description;

    Proficiency(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Proficient or better: a topic rated this way in a self-assessment counts as done. */
    public boolean mastered() {
        return compareTo(PROFICIENT) >= 0;
    }

    /** Share of a topic's estimated hours still needed at this level (the pace engine scales by it). */
    public double remainingShare() {
        return switch (this) {
            case NONE -> 1.0;
            case AWARE -> 0.8;
            case WORKING -> 0.5;
            case PROFICIENT, EXPERT -> 0.0;
        };
    }
}
