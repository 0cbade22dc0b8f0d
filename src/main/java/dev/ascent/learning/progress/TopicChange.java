package dev.ascent.learning.progress;

import dev.ascent.learning.Journey;
import dev.ascent.learning.TopicProgress;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of changing a topic: saved, or refused because another tab changed it first (with what
 * it is now). When the change was asked for with the whole journey, {@code journey} is the journey as
 * it stands after the change, drawn from what the change read and wrote, not read again.
 */
public record TopicChange(Outcome outcome, @Nullable TopicProgress progress, String message, @Nullable Journey journey) {

    public enum Outcome { SAVED, CONFLICT, NOT_FOUND }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }
}
