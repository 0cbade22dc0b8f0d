package dev.ascent.practice;

import dev.ascent.platform.Tags;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A decision record as typed; tags separated by commas, topics chosen as "roadmap-id/topic-id". */
public record DecisionForm(@Nullable String title, @Nullable String status, @Nullable String decidedOn, @Nullable String context,
                           @Nullable String drivers, @Nullable String options, @Nullable String outcome, @Nullable String consequences,
                           @Nullable String tags, List<String> topics, @Nullable String revisitOn) {

    public DecisionForm {
        topics = topics == null ? List.of() : topics.stream().filter(java.util.Objects::nonNull).toList();
    }

    public static DecisionForm of(DecisionRecord r) {
        return new DecisionForm(r.title(), r.status().name(), r.decidedOn().toString(), r.context(), r.drivers(), r.options(), r.outcome(),
                r.consequences(), String.join(", ", r.tags()), r.topics(), r.revisitOn() == null ? "" : r.revisitOn().toString());
    }

    public static DecisionForm blank(LocalDate today) {
        return new DecisionForm("", DecisionRecord.Status.ACCEPTED.name(), today.toString(), "", "", "", "", "", "", List.of(),
                today.plusMonths(3).toString());
    }

    /** Field → message; empty when the record can be saved. */
    public Map<String, String> problems(LocalDate today, Set<String> knownTopics) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            errors.put("title", "Name the decision, e.g. “Move invoice e-mails to a queue”.");
        } else if (name.length() > DecisionRecord.MAX_TITLE || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("title", "Use at most %d characters, without control characters.".formatted(DecisionRecord.MAX_TITLE));
        }
        if (DecisionRecord.Status.parse(status) == null) {
            errors.put("status", "Choose proposed, accepted, rejected, deprecated or superseded.");
        }
        LocalDate decided = date(decidedOn, today);
        if (decided == null) {
            errors.put("decidedOn", "Write the date as YYYY-MM-DD.");
        } else if (decided.isAfter(today.plusYears(1)) || decided.isBefore(today.minusYears(30))) {
            errors.put("decidedOn", "Give a date within thirty years back and one year ahead.");
        }
        LocalDate revisit = date(revisitOn, null);
        if (revisitOn != null && !revisitOn.isBlank() && revisit == null) {
            errors.put("revisitOn", "Write the date as YYYY-MM-DD, or leave it empty.");
        } else if (revisit != null && decided != null && revisit.isBefore(decided)) {
            errors.put("revisitOn", "Revisit on or after the day of the decision.");
        } else if (revisit != null && revisit.isAfter(today.plusYears(5))) {
            errors.put("revisitOn", "Revisit within five years.");
        }
        text(errors, "context", context);
        text(errors, "drivers", drivers);
        text(errors, "options", options);
        text(errors, "outcome", outcome);
        text(errors, "consequences", consequences);
        if (!errors.containsKey("context") && (context == null || context.isBlank())) {
            errors.put("context", "Write the context: what made this decision necessary.");
        }
        if (!errors.containsKey("outcome") && (outcome == null || outcome.isBlank())) {
            errors.put("outcome", "Write what was decided and why.");
        }
        String tagProblem = Tags.problem(Tags.parse(tags), DecisionRecord.MAX_TAGS);
        if (tagProblem != null) {
            errors.put("tags", tagProblem);
        }
        if (topics.size() > 20) {
            errors.put("topics", "Link at most 20 topics.");
        } else if (!knownTopics.containsAll(topics)) {
            errors.put("topics", "Choose topics from the roadmaps.");
        }
        return errors;
    }

    /** The record this form describes; call only when {@link #problems} is empty. */
    public DecisionRecord record(UUID id, int number, LocalDate today, @Nullable DecisionRecord before) {
        return new DecisionRecord(id, number, title.strip(), DecisionRecord.Status.parse(status), date(decidedOn, today),
                clean(context), clean(drivers), clean(options), clean(outcome), clean(consequences), Tags.parse(tags), topics,
                date(revisitOn, null), before == null ? null : before.revisitedOn(),
                before == null ? "" : before.actualOutcome(), before == null ? "" : before.wouldDecideNow(),
                before == null ? 0 : before.version());
    }

    private static void text(Map<String, String> errors, String field, @Nullable String value) {
        if (value != null && value.length() > DecisionRecord.MAX_TEXT) {
            errors.put(field, "This is %,d characters; keep it under %,d.".formatted(value.length(), DecisionRecord.MAX_TEXT));
        } else if (value != null && value.indexOf('\u0000') >= 0) {
            errors.put(field, "This contains a NUL character, which cannot be stored; remove it.");
        }
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private static @Nullable LocalDate date(@Nullable String value, @Nullable LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return dev.ascent.platform.Dates.parseDay(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
