package dev.ascent.learning;

import dev.ascent.platform.Dates;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A journal entry as typed: a day, a title, Markdown, tags separated by commas, and topics chosen
 * from the learner's roadmaps. Tags become lower-case words with hyphens ("System design" → "system-design").
 */
public record JournalForm(@Nullable String day, @Nullable String title, @Nullable String body, @Nullable String tags,
                          List<String> topics) {

    public JournalForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public List<String> tagList() {
        return dev.ascent.platform.Tags.parse(tags);
    }

    /** Field → message; empty when the entry can be saved. {@code topicChoices} are the "roadmap/topic" values offered. */
    public Map<String, String> problems(LocalDate today, Set<String> topicChoices) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            LocalDate date = day == null || day.isBlank() ? today : Dates.parseDay(day);
            if (date.isAfter(today)) {
                errors.put("day", "A journal entry is about today or a day before it.");
            }
        } catch (DateTimeParseException e) {
            errors.put("day", "Write the day as YYYY-MM-DD" + Dates.IN_RANGE + ".");
        }
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            errors.put("title", "Give the entry a title.");
        } else if (name.length() > JournalEntry.MAX_TITLE || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("title", "Use at most %d characters, without control characters.".formatted(JournalEntry.MAX_TITLE));
        }
        String text = body == null ? "" : body;
        if (text.length() > JournalEntry.MAX_BODY) {
            errors.put("body", "The entry is %,d characters; keep it under %,d.".formatted(text.length(), JournalEntry.MAX_BODY));
        } else if (text.indexOf('\u0000') >= 0) {
            errors.put("body", "The entry contains a NUL character, which cannot be stored; remove it.");
        }
        String tagProblem = dev.ascent.platform.Tags.problem(tagList(), JournalEntry.MAX_TAGS);
        if (tagProblem != null) {
            errors.put("tags", tagProblem);
        }
        if (!topicChoices.containsAll(topics)) {
            errors.put("topics", "Choose topics from your roadmaps.");
        }
        return errors;
    }

    public JournalEntry entry(java.util.UUID id, LocalDate today, int version) {
        LocalDate date = day == null || day.isBlank() ? today : Dates.parseDay(day);
        return new JournalEntry(id, date, title == null ? "" : title.strip(), body == null ? "" : body.strip(), tagList(), topics, version);
    }
}
