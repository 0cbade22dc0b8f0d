package dev.ascent.practice;

import dev.ascent.platform.Tags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A decision record as typed, the command for writing one from the page, the API and an import alike:
 * tags separated by commas, topics chosen as "roadmap-id/topic-id", the day of the decision (today when
 * left out) and an optional day to revisit it. The annotations are the rules of its fields;
 * {@link #problems} the rules that need today and the published roadmaps.
 */
public record DecisionForm(
        @NotBlank(message = "Name the decision, e.g. “Move invoice e-mails to a queue”.")
        @Size(max = DecisionRecord.MAX_TITLE, message = TITLE_RULE) @Pattern(regexp = "\\P{Cc}*", message = TITLE_RULE) @Nullable String title,
        @NotNull(message = STATUS_RULE) DecisionRecord.@Nullable Status status,
        @Nullable LocalDate decidedOn,
        @NotBlank(message = "Write the context: what made this decision necessary.")
        @Size(max = DecisionRecord.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String context,
        @Size(max = DecisionRecord.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String drivers,
        @Size(max = DecisionRecord.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String options,
        @NotBlank(message = "Write what was decided and why.")
        @Size(max = DecisionRecord.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String outcome,
        @Size(max = DecisionRecord.MAX_TEXT, message = TOO_LONG) @Pattern(regexp = NO_NUL, message = HAS_NUL) @Nullable String consequences,
        @Nullable String tags,
        @Size(max = 20, message = "Link at most 20 topics.") @Nullable List<String> topics,
        @Nullable LocalDate revisitOn) {

    static final String TITLE_RULE = "Use at most " + DecisionRecord.MAX_TITLE + " characters, without control characters.";
    static final String STATUS_RULE = "Choose proposed, accepted, rejected, deprecated or superseded.";
    static final String TOO_LONG = "This is longer than 20,000 characters; keep it under 20,000.";
    static final String NO_NUL = "[^\\x00]*";
    static final String HAS_NUL = "This contains a NUL character, which cannot be stored; remove it.";

    public DecisionForm {
        // null elements are simply absent: "topics": [null] is no topic
        topics = topics == null ? List.of() : topics.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public List<String> topics() {
        return topics == null ? List.of() : topics;
    }

    public static DecisionForm of(DecisionRecord r) {
        return new DecisionForm(r.title(), r.status(), r.decidedOn(), r.context(), r.drivers(), r.options(), r.outcome(),
                r.consequences(), String.join(", ", r.tags()), r.topics(), r.revisitOn());
    }

    public static DecisionForm blank(LocalDate today) {
        return new DecisionForm("", DecisionRecord.Status.ACCEPTED, today, "", "", "", "", "", "", List.of(), today.plusMonths(3));
    }

    /** Field → message for what the annotations cannot say: the days against today and each other, tags, known topics. */
    public Map<String, String> problems(LocalDate today, Set<String> knownTopics) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate decided = decidedOn == null ? today : decidedOn;
        if (decided.isAfter(today.plusYears(1)) || decided.isBefore(today.minusYears(30))) {
            errors.put("decidedOn", "Give a date within thirty years back and one year ahead.");
        }
        if (revisitOn != null && revisitOn.isBefore(decided)) {
            errors.put("revisitOn", "Revisit on or after the day of the decision.");
        } else if (revisitOn != null && revisitOn.isAfter(today.plusYears(5))) {
            errors.put("revisitOn", "Revisit within five years.");
        }
        String tagProblem = Tags.problem(Tags.parse(tags), DecisionRecord.MAX_TAGS);
        if (tagProblem != null) {
            errors.put("tags", tagProblem);
        }
        if (!knownTopics.containsAll(topics())) {
            errors.put("topics", "Choose topics from the roadmaps.");
        }
        return errors;
    }

    /** The record this form describes; call only when the form has no problems. */
    public DecisionRecord record(UUID id, int number, LocalDate today, @Nullable DecisionRecord before) {
        return new DecisionRecord(id, number, Objects.requireNonNull(title).strip(), Objects.requireNonNull(status),
                decidedOn == null ? today : decidedOn, clean(context), clean(drivers), clean(options), clean(outcome), clean(consequences),
                Tags.parse(tags), topics(), revisitOn, before == null ? null : before.revisitedOn(),
                before == null ? "" : before.actualOutcome(), before == null ? "" : before.wouldDecideNow(),
                before == null ? 0 : before.version());
    }

    static String clean(@Nullable String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }
}
