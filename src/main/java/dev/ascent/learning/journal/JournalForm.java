package dev.ascent.learning.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A journal entry as typed: a day (today when left out), a title, Markdown, tags separated by commas,
 * and topics chosen from the learner's roadmaps. Tags become lower-case words with hyphens
 * ("System design" → "system-design"). The annotations are the rules of its fields; {@link #problems}
 * the rules that need today and the learner's roadmaps.
 */
public record JournalForm(
        @Nullable LocalDate day,
        @NotBlank(message = "Give the entry a title.")
        @Size(max = JournalEntry.MAX_TITLE, message = TITLE_RULE) @Pattern(regexp = "\\P{Cc}*", message = TITLE_RULE) @Nullable String title,
        @Size(max = JournalEntry.MAX_BODY, message = "The entry is longer than 20,000 characters; shorten it.")
        @Pattern(regexp = "[^\\x00]*", message = "The entry contains a NUL character, which cannot be stored; remove it.") @Nullable String body,
        @Nullable String tags,
        @Nullable List<String> topics) {

    static final String TITLE_RULE = "Use at most " + JournalEntry.MAX_TITLE + " characters, without control characters.";

    public JournalForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** An empty form for a new entry on {@code today}. */
    public static JournalForm blank(LocalDate today) {
        return new JournalForm(today, "", "", "", List.of());
    }

    /** The form filled with an entry, for editing it. */
    public static JournalForm of(JournalEntry entry) {
        return new JournalForm(entry.day(), entry.title(), entry.body(), String.join(", ", entry.tags()), entry.topics());
    }

    public List<String> tagList() {
        return dev.ascent.platform.Tags.parse(tags);
    }

    @Override
    public List<String> topics() {
        return topics == null ? List.of() : topics;
    }

    /** Field → message for what the annotations cannot say; {@code topicChoices} are the "roadmap/topic" values offered. */
    public Map<String, String> problems(LocalDate today, Set<String> topicChoices) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (day != null && day.isAfter(today)) {
            errors.put("day", "A journal entry is about today or a day before it.");
        }
        String tagProblem = dev.ascent.platform.Tags.problem(tagList(), JournalEntry.MAX_TAGS);
        if (tagProblem != null) {
            errors.put("tags", tagProblem);
        }
        if (!topicChoices.containsAll(topics())) {
            errors.put("topics", "Choose topics from your roadmaps.");
        }
        return errors;
    }

    public JournalEntry entry(java.util.UUID id, LocalDate today, int version) {
        return new JournalEntry(id, day == null ? today : day, title == null ? "" : title.strip(), body == null ? "" : body.strip(),
                tagList(), topics(), version);
    }
}
