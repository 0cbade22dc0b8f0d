package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A team's name as typed, for creating a team and renaming it, from the page and the API alike. */
public record TeamForm(
        @NotBlank(message = "Name the team, e.g. “Payments backend”.")
        @Size(max = Team.MAX_NAME, message = NAME_RULE) @Pattern(regexp = "\\P{Cc}*", message = NAME_RULE) @Nullable String name) {

    static final String NAME_RULE = "Use at most " + Team.MAX_NAME + " characters for the name, without control characters.";

    public String cleanName() {
        return name == null ? "" : name.strip();
    }
}
