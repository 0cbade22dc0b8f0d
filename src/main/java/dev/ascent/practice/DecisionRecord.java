package dev.ascent.practice;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A real decision from work, recorded in the fields of a lightweight architecture decision record
 * (MADR): context, drivers, options considered, the outcome and its consequences; with a date to
 * revisit it, and, once revisited, what actually happened and what the learner would decide now.
 */
public record DecisionRecord(UUID id, int number, String title, Status status, LocalDate decidedOn, String context, String drivers,
                             String options, String outcome, String consequences, List<String> tags, List<String> topics,
                             @Nullable LocalDate revisitOn, @Nullable LocalDate revisitedOn, String actualOutcome, String wouldDecideNow,
                             int version) {

    public static final int MAX_TITLE = 160;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_TAGS = 10;

    public DecisionRecord {
        tags = List.copyOf(tags);
        topics = List.copyOf(topics);
    }

    public enum Status {
        PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }

        /** The status named by {@code value} in any case ("accepted", "ACCEPTED"); null when it names none, which the form's rules then name. */
        @com.fasterxml.jackson.annotation.JsonCreator
        public static @Nullable Status parse(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Waiting for the learner to look back at it: its revisit date has come, and it was not looked back at since. */
    public boolean due(LocalDate today) {
        return revisitOn != null && !revisitOn.isAfter(today) && (revisitedOn == null || revisitedOn.isBefore(revisitOn));
    }

    /** "ADR-0007". */
    public String label() {
        return "ADR-%04d".formatted(number);
    }

    /** "0007-move-billing-to-a-queue.md", as ADR tools name their files. */
    public String fileName() {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return "%04d-%s.md".formatted(number, slug.isEmpty() ? "decision" : slug);
    }

    /** The record as a Markdown file in the MADR layout. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(number).append(". ").append(title).append("\n\n");
        md.append("- Status: ").append(status.label().toLowerCase(Locale.ROOT)).append('\n');
        md.append("- Date: ").append(decidedOn).append('\n');
        if (!tags.isEmpty()) {
            md.append("- Tags: ").append(String.join(", ", tags)).append('\n');
        }
        if (!topics.isEmpty()) {
            md.append("- Topics: ").append(String.join(", ", topics)).append('\n');
        }
        if (revisitOn != null) {
            md.append("- Revisit on: ").append(revisitOn).append('\n');
        }
        section(md, "Context and problem statement", context);
        section(md, "Decision drivers", drivers);
        section(md, "Considered options", options);
        section(md, "Decision outcome", outcome);
        section(md, "Consequences", consequences);
        if (revisitedOn != null) {
            md.append("\n## Revisited on ").append(revisitedOn).append('\n');
            section(md, "What actually happened", actualOutcome, "###");
            section(md, "What I would decide now", wouldDecideNow, "###");
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, String text) {
        section(md, heading, text, "##");
    }

    private static void section(StringBuilder md, String heading, String text, String level) {
        if (!text.isBlank()) {
            md.append('\n').append(level).append(' ').append(heading).append("\n\n").append(text.strip()).append('\n');
        }
    }
}
