package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A 1:1 note as typed, in Markdown. */
public record OneOnOneNoteForm(
        @NotBlank(message = "Write something first.") @Size(max = MAX_BODY, message = BODY_RULE) @Nullable String body) {

    public static final int MAX_BODY = 20_000;
    static final String BODY_RULE = "Keep a note under " + MAX_BODY + " characters; split a longer one.";

    public String cleanBody() {
        return body == null ? "" : body.strip();
    }
}
