package dev.ascent.learning;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.internal.CheckpointSignOffs;
import dev.ascent.learning.internal.Enrollments;
import dev.ascent.learning.progress.CohortStore;
import dev.ascent.learning.time.TimeStore;
import dev.ascent.learning.progress.Journeys;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
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
 * The learning module's API for other modules and its own pages: enrol, read enrolments and journeys.
 * The sub-features keep their own facade and store: {@code progress} (status, review, assessment),
 * {@code projects}, {@code notes} (notes and links), {@code time} (time log, practice credit),
 * {@code journal} and {@code portability} (export, import, erasure). Every call names the account it
 * acts for; an enrolment of another account is simply not found.
 */
@Service
public class Learning {

    public static final int MAX_WEEKLY_HOURS = 80;
    /** The rule for hours a week, for enrolling, re-planning and importing alike. */
    public static final String WEEKLY_HOURS_RULE = "Choose between 1 and 80 hours a week.";

    private final Enrollments store;
    private final Journeys journeys;
    private final Catalog catalog;
    private final Clock clock;
    private final FormErrors formErrors;
    private final CohortStore cohorts;
    private final CheckpointSignOffs signOffs;
    private final TimeStore time;

    Learning(Enrollments store, Journeys journeys, Catalog catalog, Clock clock, FormErrors formErrors, CohortStore cohorts,
             CheckpointSignOffs signOffs, TimeStore time) {
        this.store = store;
        this.cohorts = cohorts;
        this.signOffs = signOffs;
        this.time = time;
        this.formErrors = formErrors;
        this.journeys = journeys;
        this.catalog = catalog;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Follows a roadmap, or comes back to one left (everything done before is still there); following it
     * already answers the enrolment as it is. Invalid by field, all at once; not found for an unknown roadmap or a
     * team's roadmap of a team the account is not in.
     */
    @Transactional
    public Outcome<Enrollment> enroll(UUID accountId, @Nullable String roadmapId, EnrollmentForm form) {
        if (roadmapId == null || roadmapId.isBlank()) {
            return Outcome.invalid("roadmapId", "Name the roadmap to follow, e.g. backend-junior-to-senior.");
        }
        String id = roadmapId.strip();
        // a team's roadmap is followed only by people in the team; to anyone else it is unknown
        Optional<Roadmap> roadmap = catalog.roadmap(id, accountId);
        if (roadmap.isEmpty()) {
            // the id is quoted back: only its start, so a long one cannot make a long answer
            return Outcome.notFound("There is no roadmap with id '%s'.".formatted(id.length() <= 80 ? id : id.substring(0, 79) + "…"));
        }
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        LocalDate startDate = form.startDate() == null ? today() : form.startDate();
        String problem = startDateProblem(startDate, today());
        if (problem != null) {
            errors.putIfAbsent("startDate", problem);
        }
        int hours = form.weeklyHours() == null ? suggestedHours(roadmap.get()) : form.weeklyHours();
        return Outcome.unless(errors, () -> {
            UUID enrollmentId = UUID.randomUUID();
            if (store.insertEnrollment(enrollmentId, accountId, id, startDate, hours)) {
                return Outcome.saved(store.enrollment(accountId, enrollmentId).orElseThrow());
            }
            Enrollment existing = enrollmentFor(accountId, id).orElseThrow();
            if (existing.status() == Enrollment.Status.LEFT) {
                store.updateEnrollment(accountId, existing.id(), startDate, hours, Enrollment.Status.ACTIVE, existing.version());
                return Outcome.saved(store.enrollment(accountId, existing.id()).orElseThrow());
            }
            return Outcome.saved(existing);
        });
    }

    /** The rule for weekly hours, shared by enrolling and importing. */
    public static @Nullable String weeklyHoursProblem(int hours) {
        return hours < 1 || hours > MAX_WEEKLY_HOURS ? WEEKLY_HOURS_RULE : null;
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

    /** Every enrolment of these accounts, in one read whatever their number (a team's overview). */
    public List<Enrollment> enrollments(java.util.Collection<UUID> accountIds) {
        return cohorts.enrollments(accountIds);
    }

    /**
     * The journeys of these enrolments with their progress, projects and sign-offs, in three reads whatever their number; an
     * enrolment whose roadmap no longer exists is left out. The caller has decided who may see them.
     */
    public List<Journey> journeys(java.util.Collection<Enrollment> enrollments) {
        List<UUID> ids = enrollments.stream().map(Enrollment::id).toList();
        Map<UUID, List<TopicProgress>> progress = cohorts.progress(ids);
        Map<UUID, List<ProjectWork>> projects = cohorts.projects(ids);
        Map<UUID, List<CheckpointSignOff>> signedOff = cohorts.signOffs(ids);
        return enrollments.stream().flatMap(e -> catalog.roadmap(e.roadmapId()).stream().map(roadmap -> new Journey(e, roadmap,
                progress.getOrDefault(e.id(), List.of()).stream().collect(java.util.stream.Collectors.toMap(TopicProgress::topicId, p -> p)),
                projects.getOrDefault(e.id(), List.of()).stream().collect(java.util.stream.Collectors.toMap(ProjectWork::projectId, p -> p)),
                signedOff.getOrDefault(e.id(), List.of()).stream().collect(java.util.stream.Collectors.toMap(CheckpointSignOff::checkpointId, s -> s)))))
                .toList();
    }

    /** The last day each enrolment changed progress or logged time (absent when never), in one read. */
    public Map<UUID, LocalDate> lastActivity(java.util.Collection<UUID> enrollmentIds) {
        return cohorts.lastActivity(enrollmentIds);
    }

    /** Minutes logged per enrolment and day since a day, newest first, at most {@code limit} rows, in one read. */
    public List<LoggedDay> loggedDays(java.util.Collection<UUID> enrollmentIds, LocalDate since, int limit) {
        return cohorts.loggedDays(enrollmentIds, since, limit);
    }

    /** Every minute logged under one of the account's enrolments (evidence for a sign-off); empty when it is not theirs. */
    public Optional<Long> minutesLogged(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId).map(e -> time.minutesTotal(e.id()));
    }

    /**
     * Records that a mentor or lead signed off one of the learner's checkpoints (the teams module calls this; learning
     * never asks teams). Invalid, naming "roadmap", when the learner no longer follows the roadmap; invalid, naming
     * "checkpoint", when the roadmap has no such checkpoint or it asks for no sign-off.
     */
    @Transactional
    public Outcome<CheckpointSignOff> recordSignOff(UUID accountId, String roadmapId, String checkpointId, String signedBy, LocalDate on,
                                                    String evidence) {
        Optional<Enrollment> enrollment = enrollmentFor(accountId, roadmapId).filter(e -> e.status() != Enrollment.Status.LEFT);
        if (enrollment.isEmpty()) {
            return Outcome.invalid("roadmap", SIGN_OFF_UNFOLLOWED);
        }
        Optional<Roadmap.Checkpoint> checkpoint = catalog.roadmap(roadmapId)
                .flatMap(r -> r.checkpoints().stream().filter(c -> c.id().equals(checkpointId)).findFirst());
        if (checkpoint.isEmpty() || !checkpoint.get().needsSignOff()) {
            return Outcome.invalid("checkpoint", "This roadmap has no checkpoint '%s' that a mentor signs off.".formatted(clip(checkpointId, 80)));
        }
        CheckpointSignOff signOff = new CheckpointSignOff(checkpointId, clip(signedBy.strip(), CheckpointSignOff.MAX_NAME), on,
                clip(evidence.strip(), CheckpointSignOff.MAX_EVIDENCE));
        signOffs.save(enrollment.get().id(), signOff);
        return Outcome.saved(signOff);
    }

    /** The message for signing off a checkpoint of a roadmap the learner no longer follows. */
    public static final String SIGN_OFF_UNFOLLOWED = "The learner no longer follows this roadmap, so its checkpoints cannot be signed off.";

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
