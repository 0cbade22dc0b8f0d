package dev.ascent.learning.time;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.internal.Enrollments;
import dev.ascent.platform.Dates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The time log: minutes logged on a day, this week's hours against the roadmap's mix, and the log entry
 * by entry: read it a week at a time, correct an entry or delete it, each at the
 * version it was read, so an edit from a stale tab is refused instead of overwriting a newer one.
 */
@Service
public class TimeLog {

    /** A week of the log with the roadmap it is on, for the page's topic choices. */
    public record Page(Enrollment enrollment, Roadmap roadmap, TimeLogWeek week) {
    }

    static final String NO_ENTRY = "You have no such time entry on this roadmap.";
    static final String STALE = "This entry was changed in another tab or device since you opened it; nothing was saved. It now reads as shown.";

    private final Enrollments store;
    private final TimeStore entries;
    private final Learning learning;
    private final Catalog catalog;
    private final Clock clock;

    TimeLog(Enrollments store, TimeStore entries, Learning learning, Catalog catalog, Clock clock) {
        this.store = store;
        this.learning = learning;
        this.entries = entries;
        this.catalog = catalog;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The Monday of the week a "?week=" value names (any day of that week); the current week when
     * blank. Throws {@link IllegalArgumentException} with the message to show when it is no day.
     */
    public LocalDate monday(@Nullable String week) {
        if (week == null || week.isBlank()) {
            return WeekHours.mondayOf(LocalDate.now(clock));
        }
        try {
            return WeekHours.mondayOf(Dates.parseDay(week));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the week as a day of it, YYYY-MM-DD" + Dates.IN_RANGE + ", e.g. "
                    + WeekHours.mondayOf(LocalDate.now(clock)) + ".");
        }
    }

    /** Logs time on a day (not in the future), optionally on a topic; a day holds at most 24 hours. */
    @Transactional
    public Map<String, String> logTime(UUID accountId, UUID enrollmentId, @Nullable String topicId, @Nullable String day,
                                       @Nullable String minutes, @Nullable String kind) {
        Optional<Journey> journey = learning.journey(accountId, enrollmentId);
        if (journey.isEmpty()) {
            return Map.of("enrollment", "You have no such roadmap.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String topic = topicId == null || topicId.isBlank() ? null : topicId.strip();
        if (topic != null && journey.get().roadmap().topic(topic).isEmpty()) {
            errors.put("topicId", "Choose a topic of this roadmap, or none.");
        }
        LocalDate today = today();
        LocalDate date = today;
        if (day != null && !day.isBlank()) {
            try {
                date = Dates.parseDay(day);
                if (date.isAfter(today)) {
                    errors.put("day", TimeEntry.FUTURE_DAY);
                }
                if (date.isBefore(today.minusYears(1))) {
                    errors.put("day", "Log time of the last twelve months.");
                }
            } catch (DateTimeParseException e) {
                errors.put("day", "Write the day as YYYY-MM-DD" + Dates.IN_RANGE + ".");
            }
        }
        int amount = TimeEntry.parseMinutes(minutes, errors);
        TopicKind type = topic != null && journey.get().roadmap().topic(topic).isPresent()
                ? journey.get().roadmap().topic(topic).get().kind() : TopicKind.THEORY;
        if (kind != null && !kind.isBlank()) {
            try {
                type = TopicKind.of(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "Choose theory, practice or community.");
            }
        }
        if (errors.isEmpty() && entries.minutesOn(enrollmentId, date) + amount > TimeEntry.MAX_MINUTES_A_DAY) {
            errors.put("minutes", "That would make more than 24 hours on %s.".formatted(date));
        }
        if (errors.isEmpty()) {
            entries.logTime(enrollmentId, topic, date, amount, type);
        }
        return errors;
    }

    public Optional<WeekHours> week(UUID accountId, UUID enrollmentId) {
        return learning.journey(accountId, enrollmentId).map(this::week);
    }

    /** This week's hours of a journey already read (the dashboard has it), with one more query: the week's time log. */
    public WeekHours week(Journey journey) {
        LocalDate today = today();
        return WeekHours.of(journey.roadmap(), journey.enrollment().weeklyHours(), today,
                entries.timeSince(journey.enrollment().id(), WeekHours.mondayOf(today)));
    }

    /** The week starting on a Monday; empty when the enrolment is not this account's. */
    @Transactional(readOnly = true)
    public Optional<Page> week(UUID accountId, UUID enrollmentId, LocalDate monday) {
        return store.enrollment(accountId, enrollmentId).flatMap(enrollment -> catalog.roadmap(enrollment.roadmapId())
                .map(roadmap -> new Page(enrollment, roadmap, week(enrollmentId, roadmap, monday))));
    }

    private TimeLogWeek week(UUID enrollmentId, Roadmap roadmap, LocalDate monday) {
        var lines = entries.week(enrollmentId, monday).stream().map(e -> LoggedTime.of(e, roadmap)).toList();
        return new TimeLogWeek(monday, lines.stream().mapToInt(LoggedTime::minutes).sum(), lines,
                entries.lastDayBefore(enrollmentId, monday).map(WeekHours::mondayOf).orElse(null),
                entries.firstDayFrom(enrollmentId, monday.plusDays(7)).map(WeekHours::mondayOf).orElse(null));
    }

    /**
     * Corrects an entry's day, topic (blank for the roadmap in general) and minutes. The rules are
     * those of logging time, except that an entry may keep a day older than a year it already had.
     */
    @Transactional
    public TimeChange edit(UUID accountId, UUID enrollmentId, long entryId, @Nullable String day, @Nullable String topicId,
                           @Nullable String minutes, @Nullable Integer version) {
        Optional<Enrollment> enrollment = store.enrollment(accountId, enrollmentId);
        Optional<Roadmap> roadmap = enrollment.flatMap(e -> catalog.roadmap(e.roadmapId()));
        Optional<TimeEntry> found = roadmap.flatMap(r -> entries.find(enrollmentId, entryId));
        if (found.isEmpty()) {
            return new TimeChange.NotFound(NO_ENTRY);
        }
        TimeEntry current = found.get();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = current.day();
        if (day == null || day.isBlank()) {
            errors.put("day", "Give the day, as YYYY-MM-DD.");
        } else {
            try {
                date = Dates.parseDay(day);
                if (date.isAfter(today)) {
                    errors.put("day", TimeEntry.FUTURE_DAY);
                } else if (date.isBefore(today.minusYears(1)) && !date.equals(current.day())) {
                    errors.put("day", "Move time to a day of the last twelve months.");
                }
            } catch (DateTimeParseException e) {
                errors.put("day", "Write the day as YYYY-MM-DD" + Dates.IN_RANGE + ".");
            }
        }
        String topic = topicId == null || topicId.isBlank() ? null : topicId.strip();
        Optional<Roadmap.Topic> chosen = topic == null ? Optional.empty() : roadmap.get().topic(topic);
        if (topic != null && chosen.isEmpty()) {
            errors.put("topicId", "Choose a topic of this roadmap, or none.");
        }
        int amount = TimeEntry.parseMinutes(minutes, errors);
        if (version == null) {
            errors.put("version", "Send the version of the entry you last read.");
        }
        if (!errors.isEmpty()) {
            return new TimeChange.Invalid(errors);
        }
        if (version != current.version()) {
            return new TimeChange.Conflict(STALE, LoggedTime.of(current, roadmap.get()));
        }
        if (entries.minutesOnBesides(enrollmentId, date, entryId) + amount > TimeEntry.MAX_MINUTES_A_DAY) {
            return new TimeChange.Invalid(Map.of("minutes", "That would make more than 24 hours on %s.".formatted(date)));
        }
        // a typed entry moved to another topic takes that topic's kind of work; scenario credit stays practice
        TopicKind kind = !current.automatic() && chosen.isPresent() && !chosen.get().id().equals(current.topicId())
                ? chosen.get().kind() : current.kind();
        if (!entries.update(enrollmentId, entryId, topic, date, amount, kind, version)) {
            return entries.find(enrollmentId, entryId).<TimeChange>map(now -> new TimeChange.Conflict(STALE, LoggedTime.of(now, roadmap.get())))
                    .orElseGet(() -> new TimeChange.NotFound(NO_ENTRY));
        }
        return new TimeChange.Saved(LoggedTime.of(entries.find(enrollmentId, entryId).orElseThrow(), roadmap.get()));
    }

    /** Deletes an entry still at the version read. */
    @Transactional
    public TimeChange delete(UUID accountId, UUID enrollmentId, long entryId, @Nullable Integer version) {
        Optional<Roadmap> roadmap = store.enrollment(accountId, enrollmentId).flatMap(e -> catalog.roadmap(e.roadmapId()));
        Optional<TimeEntry> found = roadmap.flatMap(r -> entries.find(enrollmentId, entryId));
        if (found.isEmpty()) {
            return new TimeChange.NotFound(NO_ENTRY);
        }
        if (version == null) {
            return new TimeChange.Invalid(Map.of("version", "Send the version of the entry you last read."));
        }
        if (version != found.get().version() || !entries.delete(enrollmentId, entryId, version)) {
            return entries.find(enrollmentId, entryId).<TimeChange>map(now -> new TimeChange.Conflict(STALE, LoggedTime.of(now, roadmap.get())))
                    .orElseGet(() -> new TimeChange.NotFound(NO_ENTRY));
        }
        return new TimeChange.Deleted();
    }
}
