package dev.ascent.learning.notes;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A topic's notes as typed or sent: Markdown (none: empty). */
public record NotesForm(
        @Size(max = TopicNotes.MAX_BODY, message = "Your notes are longer than 50,000 characters; shorten them.")
        @Pattern(regexp = "[^\\x00]*", message = "The notes contain a NUL character, which cannot be stored; remove it.") @Nullable String body) {

    public String text() {
        return body == null ? "" : body;
    }
}
