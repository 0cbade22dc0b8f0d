package dev.ascent.learning.web;

import dev.ascent.learning.Journey;
import dev.ascent.learning.TopicStatus;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Space-separated topic ids per status (ids are kebab-case), for the public roadmap page's script to paint.
 * Public because the compiled jte template of the learner's layer (learning/roadmapProgress) reads it.
 */
public record TopicsByStatus(String done, String learning, String skipped) {

    static TopicsByStatus of(Journey journey) {
        Map<TopicStatus, StringJoiner> ids = new EnumMap<>(TopicStatus.class);
        for (TopicStatus s : TopicStatus.values()) {
            ids.put(s, new StringJoiner(" "));
        }
        journey.roadmap().topics().forEach(t -> ids.get(journey.of(t.id()).status()).add(t.id()));
        return new TopicsByStatus(ids.get(TopicStatus.DONE).toString(), ids.get(TopicStatus.LEARNING).toString(),
                ids.get(TopicStatus.SKIPPED).toString());
    }
}
