package dev.ascent.teams;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The text of a team roadmap as the lead sends it, to save as a draft or publish. */
public record TeamRoadmapEdit(
        @NotBlank(message = "The roadmap is empty: write its YAML, or start again from the team's roadmaps.")
        @Size(max = MAX_TEXT, message = "A roadmap file may be at most 1,000,000 characters.") @Nullable String yaml) {

    public static final int MAX_TEXT = 1_000_000;

    public String text() {
        // a browser sends CRLF line ends from a textarea; the file keeps LF
        return yaml == null ? "" : yaml.replace("\r\n", "\n");
    }
}
