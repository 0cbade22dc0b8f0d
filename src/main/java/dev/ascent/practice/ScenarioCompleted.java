package dev.ascent.practice;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A learner finished an attempt at a scenario; {@code topics} are "roadmap-id/topic-id" references,
 * {@code minutes} the time the attempt took (see {@link AttemptFlow#creditedMinutes}). The title is
 * null only in events published before it was added.
 */
public record ScenarioCompleted(UUID accountId, UUID attemptId, String scenarioId, @Nullable String scenarioTitle, List<String> topics,
                                int minutes, LocalDate day) {

    public ScenarioCompleted {
        topics = List.copyOf(topics);
    }
}
