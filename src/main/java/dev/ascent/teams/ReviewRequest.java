package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Asking a team for review: the item ({@link ReviewItem#item()}) and an optional note to the mentors (Markdown). */
public record ReviewRequest(@NotBlank(message = "Choose what to ask review of.") @Size(max = 300, message = "Choose what to ask review of.") @Nullable String item,
                            @Size(max = ReviewComment.MAX_BODY, message = "Keep the note under 20000 characters.") @Nullable String note) {

    public String cleanNote() {
        return note == null ? "" : note.strip();
    }
}
