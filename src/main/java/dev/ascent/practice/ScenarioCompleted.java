package dev.ascent.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A learner finished an attempt at a scenario; {@code topics} are "roadmap-id/topic-id" references. */
public record ScenarioCompleted(UUID accountId, UUID attemptId, String scenarioId, List<String> topics, int minutes, LocalDate day) {

    public ScenarioCompleted {
        topics = List.copyOf(topics);
    }
}
