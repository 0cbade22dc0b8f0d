package dev.ascent.teams;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A verdict with its reason or advice (Markdown); declining a sign-off and asking for changes need one. */
public record VerdictForm(@NotNull(message = "Choose a verdict.") @Nullable Verdict verdict,
                          @Size(max = ReviewComment.MAX_BODY, message = "Keep it under 20000 characters.") @Nullable String body) {

    public String clean() {
        return body == null ? "" : body.strip();
    }
}
