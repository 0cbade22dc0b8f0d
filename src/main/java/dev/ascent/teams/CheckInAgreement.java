package dev.ascent.teams;

import dev.ascent.catalog.Level;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The level the member and their assessor agree on, with a short note of why (plain text). */
public record CheckInAgreement(
        @NotNull(message = LEVEL_RULE) @Nullable Level level,
        @Size(max = MAX_NOTE, message = NOTE_RULE) @Nullable String note) {

    public static final int MAX_NOTE = 4000;
    static final String LEVEL_RULE = "Choose the level you agree on: junior, intermediate, senior or expert.";
    static final String NOTE_RULE = "Keep the note under " + MAX_NOTE + " characters.";

    public @Nullable String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
