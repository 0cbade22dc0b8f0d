package dev.ascent.learning.time;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.internal.Enrollments;
import dev.ascent.platform.Dates;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
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
    private final FormErrors formErrors;

    TimeLog(Enrollments store, TimeStore entries, Learning learning, Catalog catalog, Clock clock, FormErrors formErrors) {
        this.formErrors = formErrors;
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

    /**
     * Logs time on a day (not in the future, not older than a year), optionally on a topic; a day holds at
     * most 24 hours. Answers this week's hours as they are after it.
     */
    @Transactional
    public Outcome<WeekHours> log(UUID accountId, UUID enrollmentId, TimeForm form) {
        return log(accountId, enrollmentId, form, Map.of());
    }

    /**
     * As {@link #log(UUID, UUID, TimeForm)} for a page whose form had values that could not be read
     * ({@code unreadable}, by field): nothing is written, and they are reported with every other problem at once.
     */
    @Transactional
    public Outcome<WeekHours> log(UUID accountId, UUID enrollmentId, TimeForm form, Map<String, String> unreadable) {
        Optional<Journey> journey = learning.journey(accountId, enrollmentId);
        if (journey.isEmpty()) {
            return Outcome.notFound("You have no such roadmap.");
        }
        Roadmap roadmap = journey.get().roadmap();
        Map<String, String> errors = new LinkedHashMap<>(unreadable);
        formErrors.check(form).forEach(errors::putIfAbsent);
        String topic = form.topicId() == null || form.topicId().isBlank() ? null : form.topicId().strip();
        Optional<Roadmap.Topic> chosen = topic == null ? Optional.empty() : roadmap.topic(topic);
        if (topic != null && chosen.isEmpty()) {
            errors.putIfAbsent("topicId", "Choose a topic of this roadmap, or none.");
        }
        LocalDate today = today();
        LocalDate date = form.day() == null ? today : form.day();
        if (date.isAfter(today)) {
            errors.putIfAbsent("day", TimeEntry.FUTURE_DAY);
        } else if (date.isBefore(today.minusYears(1))) {
            errors.putIfAbsent("day", "Log time of the last twelve months.");
        }
        TopicKind kind = form.kind() != null ? form.kind() : chosen.map(Roadmap.Topic::kind).orElse(TopicKind.THEORY);
        if (errors.isEmpty() && entries.minutesOn(enrollmentId, date) + form.minutes() > TimeEntry.MAX_MINUTES_A_DAY) {
            errors.put("minutes", "That would make more than 24 hours on %s.".formatted(date));
        }
        return Outcome.unless(errors, () -> {
            entries.logTime(enrollmentId, topic, date, form.minutes(), kind);
            return Outcome.saved(week(journey.get()));
        });
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
    public Outcome<LoggedTime> edit(UUID accountId, UUID enrollmentId, long entryId, TimeEdit edit) {
        Optional<Roadmap> roadmap = store.enrollment(accountId, enrollmentId).flatMap(e -> catalog.roadmap(e.roadmapId()));
        Optional<TimeEntry> found = roadmap.flatMap(r -> entries.find(enrollmentId, entryId));
        if (found.isEmpty()) {
            return Outcome.notFound(NO_ENTRY);
        }
        TimeEntry current = found.get();
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(edit));
        LocalDate today = today();
        LocalDate date = edit.day();
        if (date != null && date.isAfter(today)) {
            errors.putIfAbsent("day", TimeEntry.FUTURE_DAY);
        } else if (date != null && date.isBefore(today.minusYears(1)) && !date.equals(current.day())) {
            errors.putIfAbsent("day", "Move time to a day of the last twelve months.");
        }
        String topic = edit.topicId() == null || edit.topicId().isBlank() ? null : edit.topicId().strip();
        Optional<Roadmap.Topic> chosen = topic == null ? Optional.empty() : roadmap.get().topic(topic);
        if (topic != null && chosen.isEmpty()) {
            errors.putIfAbsent("topicId", "Choose a topic of this roadmap, or none.");
        }
        return Outcome.unless(errors, () -> {
            int version = edit.version();
            int minutes = edit.minutes();
            if (version != current.version()) {
                return Outcome.conflict(STALE, LoggedTime.of(current, roadmap.get()));
            }
            if (entries.minutesOnBesides(enrollmentId, date, entryId) + minutes > TimeEntry.MAX_MINUTES_A_DAY) {
                return Outcome.invalid("minutes", "That would make more than 24 hours on %s.".formatted(date));
            }
            // a typed entry moved to another topic takes that topic's kind of work; scenario credit stays practice
            TopicKind kind = !current.automatic() && chosen.isPresent() && !chosen.get().id().equals(current.topicId())
                    ? chosen.get().kind() : current.kind();
            if (!entries.update(enrollmentId, entryId, topic, date, minutes, kind, version)) {
                return changedOrGone(enrollmentId, entryId, roadmap.get());
            }
            return Outcome.saved(LoggedTime.of(entries.find(enrollmentId, entryId).orElseThrow(), roadmap.get()));
        });
    }

    /** Written elsewhere between the read and the write: how it reads now, or not found when it went. */
    private Outcome<LoggedTime> changedOrGone(UUID enrollmentId, long entryId, Roadmap roadmap) {
        return entries.find(enrollmentId, entryId).<Outcome<LoggedTime>>map(now -> Outcome.conflict(STALE, LoggedTime.of(now, roadmap)))
                .orElseGet(() -> Outcome.notFound(NO_ENTRY));
    }

    /** Deletes an entry still at the version read; answers the entry as it was. */
    @Transactional
    public Outcome<LoggedTime> delete(UUID accountId, UUID enrollmentId, long entryId, @Nullable Integer version) {
        Optional<Roadmap> roadmap = store.enrollment(accountId, enrollmentId).flatMap(e -> catalog.roadmap(e.roadmapId()));
        Optional<TimeEntry> found = roadmap.flatMap(r -> entries.find(enrollmentId, entryId));
        if (found.isEmpty()) {
            return Outcome.notFound(NO_ENTRY);
        }
        if (version == null) {
            return Outcome.invalid("version", TimeEntry.VERSION_MISSING);
        }
        if (version != found.get().version() || !entries.delete(enrollmentId, entryId, version)) {
            return changedOrGone(enrollmentId, entryId, roadmap.get());
        }
        return Outcome.saved(LoggedTime.of(found.get(), roadmap.get()));
    }
}
