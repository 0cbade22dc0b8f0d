package dev.ascent.learning;

import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Minutes spent on a day, on a topic or on the roadmap in general, of one kind of work. */
public record TimeEntry(long id, @Nullable String topicId, LocalDate day, int minutes, TopicKind kind) {
}
