package dev.ascent.learning.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One of the learner's own links on a topic, as typed or sent: a title and an http(s) address ({@link Notes#addLink} checks it). */
public record LinkForm(
        @NotBlank(message = TITLE_RULE) @Size(max = TopicNotes.MAX_LINK_TITLE, message = TITLE_RULE)
        @Pattern(regexp = "\\P{Cc}*", message = TITLE_RULE) @Nullable String title,
        @Nullable String url) {

    static final String TITLE_RULE = "Give the link a title of at most 120 characters.";

    public String cleanTitle() {
        return title == null ? "" : title.strip();
    }

    public String cleanUrl() {
        return url == null ? "" : url.strip();
    }
}
