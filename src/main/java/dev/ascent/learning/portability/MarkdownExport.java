package dev.ascent.learning.portability;

import dev.ascent.learning.journal.JournalEntry;
import dev.ascent.learning.notes.TopicNotes;

import dev.ascent.catalog.Roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Notes, links and journal as one Markdown document, for people who keep their notes in their
 * own tools (Obsidian, a git repository, a wiki). The text is the learner's own Markdown, as typed.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    public record TopicNotesExport(Roadmap.Topic topic, String body, List<TopicNotes.Link> links) {
    }

    public record RoadmapNotesExport(Roadmap roadmap, List<TopicNotesExport> topics) {
    }

    public static String render(LocalDate today, List<RoadmapNotesExport> roadmaps, List<JournalEntry> journal, Map<String, String> topicTitles) {
        StringBuilder md = new StringBuilder("# My notes and journal from Ascent\n\nExported on ").append(today).append(".\n");
        for (RoadmapNotesExport roadmap : roadmaps) {
            md.append("\n## ").append(roadmap.roadmap().title()).append("\n");
            if (roadmap.topics().isEmpty()) {
                md.append("\nNo notes yet.\n");
            }
            for (TopicNotesExport topic : roadmap.topics()) {
                md.append("\n### ").append(topic.topic().title()).append("\n\n");
                if (!topic.body().isBlank()) {
                    md.append(topic.body().strip()).append("\n");
                }
                if (!topic.links().isEmpty()) {
                    md.append("\nLinks:\n\n");
                    topic.links().forEach(link -> md.append("- [").append(link.title().replace("]", "\\]")).append("](").append(link.url()).append(")\n"));
                }
            }
        }
        md.append("\n## Journal\n");
        if (journal.isEmpty()) {
            md.append("\nNo entries yet.\n");
        }
        for (JournalEntry entry : journal) {
            md.append("\n### ").append(entry.day()).append(" — ").append(entry.title()).append("\n\n");
            if (!entry.tags().isEmpty()) {
                md.append("Tags: ").append(String.join(", ", entry.tags())).append("\n\n");
            }
            if (!entry.topics().isEmpty()) {
                md.append("Topics: ").append(String.join(", ", entry.topics().stream().map(t -> topicTitles.getOrDefault(t, t)).toList())).append("\n\n");
            }
            md.append(entry.body().strip()).append("\n");
        }
        return md.toString();
    }
}
