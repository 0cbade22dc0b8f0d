package dev.ascent.learning;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.internal.Enrollments;
import dev.ascent.learning.progress.Journeys;
import dev.ascent.platform.Dates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The learning module's API for other modules and its own pages: enrol, read enrolments and journeys.
 * The sub-features keep their own facade and store: {@code progress} (status, review, assessment),
 * {@code projects}, {@code notes} (notes and links), {@code time} (time log, practice credit),
 * {@code journal} and {@code portability} (export, import, erasure). Every call names the account it
 * acts for; an enrolment of another account is simply not found.
 */
@Service
public class Learning {

    public static final int MAX_WEEKLY_HOURS = 80;

    /** The outcome of enrolling: the enrolment, or the errors by field. */
    public record Enrolled(@Nullable Enrollment enrollment, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Enrollments store;
    private final Journeys journeys;
    private final Catalog catalog;
    private final Clock clock;

    Learning(Enrollments store, Journeys journeys, Catalog catalog, Clock clock) {
        this.store = store;
        this.journeys = journeys;
        this.catalog = catalog;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Enrolled enroll(UUID accountId, String roadmapId, @Nullable String start, @Nullable String weeklyHours) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Roadmap> roadmap = catalog.roadmap(roadmapId);
        if (roadmap.isEmpty()) {
            // the id is quoted back: only its start, so a long one cannot make a long answer
            errors.put("roadmap", "There is no roadmap with id '%s'.".formatted(roadmapId.length() <= 80 ? roadmapId : roadmapId.substring(0, 79) + "…"));
            return new Enrolled(null, errors);
        }
        LocalDate startDate = today();
        if (start != null && !start.isBlank()) {
            try {
                startDate = Dates.parseDay(start);
                String problem = startDateProblem(startDate, today());
                if (problem != null) {
                    errors.put("startDate", problem);
                }
            } catch (DateTimeParseException e) {
                errors.put("startDate", "Write the start date as YYYY-MM-DD, e.g. %s.".formatted(today()));
            }
        }
        int hours = suggestedHours(roadmap.get());
        if (weeklyHours != null && !weeklyHours.isBlank()) {
            try {
                hours = Integer.parseInt(weeklyHours.strip());
                String problem = weeklyHoursProblem(hours);
                if (problem != null) {
                    errors.put("weeklyHours", problem);
                }
            } catch (NumberFormatException e) {
                errors.put("weeklyHours", "Give the hours per week as a whole number, e.g. %d.".formatted(suggestedHours(roadmap.get())));
            }
        }
        if (!errors.isEmpty()) {
            return new Enrolled(null, errors);
        }
        UUID id = UUID.randomUUID();
        if (!store.insertEnrollment(id, accountId, roadmapId, startDate, hours)) {
            Enrollment existing = store.enrollments(accountId).stream().filter(e -> e.roadmapId().equals(roadmapId)).findFirst().orElseThrow();
            if (existing.status() == Enrollment.Status.LEFT) {
                // coming back: everything done before is still there
                store.updateEnrollment(accountId, existing.id(), startDate, hours, Enrollment.Status.ACTIVE, existing.version());
                return new Enrolled(store.enrollment(accountId, existing.id()).orElseThrow(), Map.of());
            }
            return new Enrolled(existing, Map.of());
        }
        return new Enrolled(store.enrollment(accountId, id).orElseThrow(), Map.of());
    }

    /** The rule for weekly hours, shared by enrolling and importing. */
    public static @Nullable String weeklyHoursProblem(int hours) {
        return hours < 1 || hours > MAX_WEEKLY_HOURS ? "Choose between 1 and %d hours a week.".formatted(MAX_WEEKLY_HOURS) : null;
    }

    /** The rule for start dates, shared by enrolling and re-planning. */
    static @Nullable String startDateProblem(LocalDate start, LocalDate today) {
        return start.isBefore(today.minusYears(5)) || start.isAfter(today.plusYears(1))
                ? "Choose a start date within five years back and one year ahead." : null;
    }

    public static int suggestedHours(Roadmap roadmap) {
        return roadmap.weekly() == null ? 8 : (roadmap.weekly().hours().min() + roadmap.weekly().hours().max()) / 2;
    }

    public List<Enrollment> enrollments(UUID accountId) {
        return store.enrollments(accountId);
    }

    public Optional<Enrollment> enrollment(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId);
    }

    public Optional<Enrollment> enrollmentFor(UUID accountId, String roadmapId) {
        return store.enrollments(accountId).stream().filter(e -> e.roadmapId().equals(roadmapId)).findFirst();
    }

    /** The roadmap one of the learner's enrolments follows, without reading any progress. */
    public Optional<Roadmap> roadmap(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId).flatMap(enrollment -> catalog.roadmap(enrollment.roadmapId()));
    }

    /** The enrolment with its roadmap, progress and projects, if it is this account's and its roadmap still exists. */
    public Optional<Journey> journey(UUID accountId, UUID enrollmentId) {
        return journeys.journey(accountId, enrollmentId);
    }

    @Transactional
    public Optional<Enrollment> setEnrollmentStatus(UUID accountId, UUID enrollmentId, Enrollment.Status status) {
        return store.enrollment(accountId, enrollmentId).flatMap(e -> {
            store.updateEnrollment(accountId, enrollmentId, e.startDate(), e.weeklyHours(), status, e.version());
            return store.enrollment(accountId, enrollmentId);
        });
    }

}
