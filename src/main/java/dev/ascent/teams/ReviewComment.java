package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A comment on a review, or the note of a next iteration (Markdown). */
public record ReviewComment(@NotBlank(message = "Write something first.") @Size(max = MAX_BODY, message = "Keep it under 20000 characters.") @Nullable String body) {

    public static final int MAX_BODY = 20_000;

    public String clean() {
        return body == null ? "" : body.strip();
    }
}
