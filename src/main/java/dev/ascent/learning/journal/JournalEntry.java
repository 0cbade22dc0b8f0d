package dev.ascent.learning.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated journal entry in Markdown, with tags and the topics it is about ("roadmap-id/topic-id"). */
public record JournalEntry(UUID id, LocalDate day, String title, String body, List<String> tags, List<String> topics, int version) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_TAGS = 10;

    public JournalEntry {
        tags = List.copyOf(tags);
        topics = List.copyOf(topics);
    }
}
