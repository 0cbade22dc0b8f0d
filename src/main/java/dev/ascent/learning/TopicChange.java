package dev.ascent.learning;

import org.jspecify.annotations.Nullable;

/** The outcome of changing a topic: saved, or refused because another tab changed it first (with what it is now). */
public record TopicChange(Outcome outcome, @Nullable TopicProgress progress, String message) {

    public enum Outcome { SAVED, CONFLICT, NOT_FOUND }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }
}
