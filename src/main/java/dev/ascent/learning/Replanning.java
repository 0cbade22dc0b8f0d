package dev.ascent.learning;

import dev.ascent.learning.internal.Enrollments;
import dev.ascent.platform.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-planning: a learner changes the hours a week or the start date of an enrolment (or pauses,
 * resumes, leaves). The plan, projections, checkpoints and calendar are computed from the
 * enrolment, so they follow at once; each change of pace is kept as an {@link EnrollmentChange}.
 */
@Service
public class Replanning {

    private final Enrollments store;
    private final Clock clock;

    Replanning(Enrollments store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Replanned change(UUID accountId, UUID enrollmentId, PaceChange change) {
        Optional<Enrollment> found = store.enrollment(accountId, enrollmentId);
        if (found.isEmpty()) {
            return new Replanned.NotFound();
        }
        Enrollment current = found.get();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        Enrollment.Status status = current.status();
        if (PaceChange.given(change.status())) {
            try {
                status = Enrollment.Status.valueOf(change.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", "Choose ACTIVE, PAUSED or LEFT.");
            }
        }
        int hours = current.weeklyHours();
        if (PaceChange.given(change.weeklyHours())) {
            try {
                hours = Integer.parseInt(change.weeklyHours().strip());
                String problem = Learning.weeklyHoursProblem(hours);
                if (problem != null) {
                    errors.put("weeklyHours", problem);
                }
            } catch (NumberFormatException e) {
                errors.put("weeklyHours", "Give the hours a week as a whole number between 1 and %d.".formatted(Learning.MAX_WEEKLY_HOURS));
            }
        }
        LocalDate start = current.startDate();
        if (PaceChange.given(change.startDate())) {
            try {
                start = Dates.parseDay(change.startDate());
                String problem = Learning.startDateProblem(start, today);
                if (problem != null) {
                    errors.put("startDate", problem);
                }
            } catch (DateTimeParseException e) {
                errors.put("startDate", "Write the start date as YYYY-MM-DD, e.g. %s.".formatted(today));
            }
        }
        if (change.changesNothing()) {
            errors.put("weeklyHours", "Send the hours a week, the start date or the status to change.");
        }
        if (change.changesPace() && change.version() == null) {
            errors.put("version", "Send the version you last read, so no change made elsewhere is lost.");
        }
        if (!errors.isEmpty()) {
            return new Replanned.Invalid(errors);
        }
        if (change.version() != null && change.version() != current.version()) {
            return new Replanned.Conflict("Your plan was changed in another tab or device; here it is as it is now. "
                    + "Nothing was saved: make your change again if you still want it.", current);
        }
        if (!store.updateEnrollment(accountId, enrollmentId, start, hours, status, current.version())) {
            return new Replanned.Conflict("Your plan was changed at the same moment elsewhere; here it is as it is now. Make your change again.",
                    store.enrollment(accountId, enrollmentId).orElse(current));
        }
        if (hours != current.weeklyHours() || !start.equals(current.startDate())) {
            store.recordChange(enrollmentId, new EnrollmentChange(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), current.weeklyHours(), hours, current.startDate(), start));
        }
        return new Replanned.Saved(store.enrollment(accountId, enrollmentId).orElseThrow());
    }

    /** The re-plannings of one of the account's enrolments, oldest first; empty when it is not theirs. */
    public List<EnrollmentChange> changes(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId).map(e -> store.changes(enrollmentId)).orElse(List.of());
    }
}
