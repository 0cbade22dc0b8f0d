package dev.ascent.catalog;

import org.jspecify.annotations.Nullable;

/** What became of a roadmap file offered for publication, with the reason in words. */
public record PublishResult(Outcome outcome, String message, ValidationReport report, @Nullable RoadmapRelease release) {

    public enum Outcome {
        /** A roadmap id seen for the first time. */
        PUBLISHED,
        /** A higher version replaced the current one. */
        UPGRADED,
        /** The same version with the same content: nothing to do. */
        UNCHANGED,
        /** A lower version, or the same version with different content. */
        REFUSED,
        /** The file has problems; see the report. */
        INVALID
    }

    public boolean accepted() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.UPGRADED || outcome == Outcome.UNCHANGED;
    }
}
