package dev.ascent.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A learner's private notes (Markdown) and own links for one topic. {@code version} is -1 before the first save. */
public record TopicNotes(String topicId, String body, int version, Instant updatedAt, List<Link> links) {

    public static final int MAX_BODY = 50_000;
    public static final int MAX_LINKS = 30;

    public TopicNotes {
        links = List.copyOf(links);
    }

    public record Link(UUID id, String title, String url) {
    }
}
