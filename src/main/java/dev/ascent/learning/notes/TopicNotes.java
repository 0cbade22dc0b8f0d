package dev.ascent.learning.notes;

import dev.ascent.learning.projects.ProjectSubmission;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A learner's private notes (Markdown) and own links for one topic. {@code version} is -1 before the first save. */
public record TopicNotes(String topicId, String body, int version, Instant updatedAt, List<Link> links) {

    public static final int MAX_BODY = 50_000;
    public static final int MAX_LINKS = 30;

    public static final int MAX_LINK_TITLE = 120;

    public TopicNotes {
        links = List.copyOf(links);
    }

    /** The rule for a notes body, shared by saving and importing; null when it may be stored. */
    public static @Nullable String bodyProblem(String body) {
        if (body.length() > MAX_BODY) {
            return "Your notes are %,d characters; keep them under %,d.".formatted(body.length(), MAX_BODY);
        }
        if (body.indexOf('\u0000') >= 0) {
            return "The notes contain a NUL character, which cannot be stored; remove it.";
        }
        return null;
    }

    /** The rules for one link (its title and address, stripped), shared by adding and importing: field → message. */
    public static Map<String, String> linkProblems(String title, String url) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty() || title.length() > MAX_LINK_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            errors.put("title", "Give the link a title of at most %d characters.".formatted(MAX_LINK_TITLE));
        }
        if (!ProjectSubmission.webAddress(url)) {
            errors.put("url", "Give an http(s) address, e.g. https://example.org/article.");
        }
        return errors;
    }

    public record Link(UUID id, String title, String url) {
    }
}
