package dev.ascent.learning.notes;

import dev.ascent.learning.projects.ProjectSubmission;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A learner's private notes (Markdown) and own links for one topic. {@code version} is -1 before the first save. */
public record TopicNotes(String topicId, String body, int version, Instant updatedAt, List<Link> links) {

    public static final int MAX_BODY = 50_000;
    public static final int MAX_LINKS = 30;

    public static final int MAX_LINK_TITLE = 120;

    public TopicNotes {
        links = List.copyOf(links);
    }

    /** The rule for a link's address, shared by adding and importing; null when it may be stored. */
    public static @Nullable String urlProblem(String url) {
        return ProjectSubmission.webAddress(url) ? null : "Give an http(s) address, e.g. https://example.org/article.";
    }

    public record Link(UUID id, String title, String url) {
    }
}
