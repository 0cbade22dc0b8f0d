package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A lead starting a team roadmap: its id (kebab-case, unique among every roadmap on this server: built-in,
 * uploaded and every team's, checked by {@link TeamRoadmaps}), its title, and the public roadmap it forks
 * ({@code from}; blank to start from an empty one).
 */
public record TeamRoadmapForm(
        @NotBlank(message = ID_RULE) @Size(max = 64, message = ID_RULE) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = ID_RULE)
        @Nullable String id,
        @NotBlank(message = "Give the roadmap a title, e.g. “Payments backend path”.")
        @Size(max = 120, message = TITLE_RULE) @Pattern(regexp = "\\P{Cc}*", message = TITLE_RULE) @Nullable String title,
        @Size(max = 64, message = "Choose a roadmap from the list.") @Nullable String from) {

    static final String ID_RULE = "Use 1 to 64 lowercase letters, digits and single hyphens, e.g. payments-backend-path.";
    static final String TITLE_RULE = "Use at most 120 characters for the title, without control characters.";

    public String cleanId() {
        return id == null ? "" : id.strip();
    }

    public String cleanTitle() {
        return title == null ? "" : title.strip();
    }

    /** The roadmap to fork, or null to start from an empty one. */
    public @Nullable String fork() {
        return from == null || from.isBlank() ? null : from.strip();
    }
}
