package dev.ascent.lab;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A learner ran a model in the lab; {@code topics} are the model's "roadmap-id/topic-id" references and
 * {@code minutes} the time spent on it, which the learning module credits as practice on those topics.
 */
public record LabRunFinished(UUID accountId, UUID runId, String modelId, String modelTitle, List<String> topics, int minutes,
                             LocalDate day) {

    public LabRunFinished {
        topics = List.copyOf(topics);
    }
}
