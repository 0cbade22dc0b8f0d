package dev.ascent.practice;

/**
 * The outcome of publishing a scenario file, under the same rules as roadmaps: a new id is
 * published, a higher version upgrades, the same content again changes nothing, and a lower
 * version or the same version with other content is refused.
 */
public record Publication(Outcome outcome, String message, ScenarioReport report) {

    public enum Outcome { PUBLISHED, UPGRADED, UNCHANGED, REFUSED, INVALID }

    /** Where a scenario file came from. */
    public enum Source { BUILTIN, DIRECTORY, UPLOAD }

    public boolean accepted() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.UPGRADED || outcome == Outcome.UNCHANGED;
    }
}
