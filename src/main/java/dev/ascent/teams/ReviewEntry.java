package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a review's thread: an iteration the member sent (with the item as it was then), a comment, rubric
 * scores or a verdict. {@code author} is a display name; a mentor no longer in the team reads "A former mentor".
 * The HTML fields are the Markdown rendered and sanitised.
 */
public record ReviewEntry(UUID id, Kind kind, int iteration, String author, String body, String bodyHtml, String contentHtml,
                          List<Integer> scores, @Nullable Verdict verdict, Instant at) {

    public ReviewEntry {
        scores = List.copyOf(scores);
    }

    public enum Kind { ITERATION, COMMENT, SCORES, VERDICT }
}
