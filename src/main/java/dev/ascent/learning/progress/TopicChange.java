package dev.ascent.learning.progress;

import dev.ascent.learning.Journey;
import dev.ascent.learning.TopicProgress;
import org.jspecify.annotations.Nullable;

/**
 * A topic as a change left it: saved (an {@code Outcome.Saved}), or, when another tab changed it first,
 * as it is now (an {@code Outcome.Conflict}'s current state). When the change was asked for with the whole
 * journey, {@code journey} is the journey as it stands after the change, drawn from what the change read
 * and wrote, not read again.
 */
public record TopicChange(TopicProgress progress, @Nullable Journey journey) {
}
