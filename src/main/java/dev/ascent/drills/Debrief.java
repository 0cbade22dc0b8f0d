package dev.ascent.drills;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The debrief of a play: its sections by key ({@link DebriefSection#key()}), Markdown each; a copy is kept in the
 * player's journal ({@code journalEntryId}).
 */
public record Debrief(UUID playId, Map<String, String> sections, @Nullable UUID journalEntryId, @Nullable Instant updatedAt, int version) {

    public Debrief {
        sections = Map.copyOf(sections);
    }

    public String section(DebriefSection section) {
        return sections.getOrDefault(section.key(), "");
    }

    public boolean written() {
        return updatedAt != null;
    }
}
