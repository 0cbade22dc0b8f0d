package dev.ascent.learning.time;

import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One entry of the time log as the page and the API show it: the topic by its title, and where the
 * entry came from ({@code source} is "manual" for time typed by the learner, "scenario" for time
 * credited by finishing an attempt at a decision scenario).
 */
public record LoggedTime(long id, LocalDate day, @Nullable String topicId, @Nullable String topicTitle, int minutes, TopicKind kind,
                         String source, @Nullable String scenarioId, @Nullable String scenarioTitle, int version) {

    static LoggedTime of(TimeEntry entry, dev.ascent.catalog.Roadmap roadmap) {
        String title = entry.topicId() == null ? null
                : roadmap.topic(entry.topicId()).map(dev.ascent.catalog.Roadmap.Topic::title).orElse(entry.topicId());
        return new LoggedTime(entry.id(), entry.day(), entry.topicId(), title, entry.minutes(), entry.kind(),
                entry.automatic() ? "scenario" : "manual", entry.scenarioId(), entry.scenarioTitle(), entry.version());
    }

    /** Where the minutes came from, in words. */
    public String origin() {
        return scenarioId == null ? "Typed by you" : "Credited automatically by %s '%s'".formatted(source(scenarioId), scenarioTitle);
    }

    /** What credited time: a decision scenario, or a model run in the lab (its source id starts with "lab:"). */
    static String source(String scenarioId) {
        return scenarioId.startsWith("lab:") ? "the lab model" : "the scenario";
    }
}
