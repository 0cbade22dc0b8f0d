package dev.ascent.learning;

import dev.ascent.learning.internal.Enrollments;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final FormErrors formErrors;

    Replanning(Enrollments store, Clock clock, FormErrors formErrors) {
        this.store = store;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    /**
     * Changes the pace or status: invalid by field (the form's annotations and the rules that need today,
     * all at once), a conflict with the enrolment as it is now when it changed since the version sent.
     */
    @Transactional
    public Outcome<Enrollment> change(UUID accountId, UUID enrollmentId, PaceChange change) {
        Optional<Enrollment> found = store.enrollment(accountId, enrollmentId);
        if (found.isEmpty()) {
            return Outcome.notFound("You have no roadmap with this address.");
        }
        Enrollment current = found.get();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(change));
        Enrollment.Status status = change.status() == null ? current.status() : change.status();
        int hours = change.weeklyHours() == null ? current.weeklyHours() : change.weeklyHours();
        LocalDate start = change.startDate() == null ? current.startDate() : change.startDate();
        if (change.startDate() != null) {
            String problem = Learning.startDateProblem(start, today);
            if (problem != null) {
                errors.putIfAbsent("startDate", problem);
            }
        }
        if (change.changesNothing()) {
            errors.putIfAbsent("weeklyHours", "Send the hours a week, the start date or the status to change.");
        }
        if (change.changesPace() && change.version() == null) {
            errors.putIfAbsent("version", "Send the version you last read, so no change made elsewhere is lost.");
        }
        return Outcome.unless(errors, () -> {
            if (change.version() != null && change.version() != current.version()) {
                return Outcome.conflict("Your plan was changed in another tab or device; here it is as it is now. "
                        + "Nothing was saved: make your change again if you still want it.", current);
            }
            if (!store.updateEnrollment(accountId, enrollmentId, start, hours, status, current.version())) {
                return Outcome.conflict("Your plan was changed at the same moment elsewhere; here it is as it is now. Make your change again.",
                        store.enrollment(accountId, enrollmentId).orElse(current));
            }
            if (hours != current.weeklyHours() || !start.equals(current.startDate())) {
                store.recordChange(enrollmentId, new EnrollmentChange(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                        current.weeklyHours(), hours, current.startDate(), start));
            }
            return Outcome.saved(store.enrollment(accountId, enrollmentId).orElseThrow());
        });
    }

    /** The re-plannings of one of the account's enrolments, oldest first; empty when it is not theirs. */
    public List<EnrollmentChange> changes(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId).map(e -> store.changes(enrollmentId)).orElse(List.of());
    }
}
