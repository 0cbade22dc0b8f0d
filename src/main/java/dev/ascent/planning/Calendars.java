package dev.ascent.planning;

import dev.ascent.platform.Digests;
import dev.ascent.learning.Learning;
import dev.ascent.planning.internal.PlanningStore;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.LocalTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The plan as a calendar: a one-off download, and a feed at a secret address any calendar app can
 * subscribe to. The secret is shown when made and stored only as a digest; making a new one or
 * revoking it stops the old address at once.
 */
@Service
public class Calendars {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session starting later would run past midnight into the next day. */
    private static final LocalTime LATEST_START = LocalTime.of(23, 0);

    private final Planner planner;
    private final Learning learning;
    private final PlanningStore store;
    private final FormErrors formErrors;

    Calendars(Planner planner, Learning learning, PlanningStore store, FormErrors formErrors) {
        this.planner = planner;
        this.learning = learning;
        this.store = store;
        this.formErrors = formErrors;
    }

    public Optional<String> download(UUID accountId, UUID enrollmentId) {
        return learning.journey(accountId, enrollmentId).flatMap(journey -> planner.projection(accountId, enrollmentId, null)
                .map(projection -> PlanCalendar.ics(enrollmentId, journey.roadmap().title(), projection, schedule(enrollmentId))));
    }

    /** The learner's study days and start time for an enrolment, or the default until they set them. */
    public Optional<StudySchedule> schedule(UUID accountId, UUID enrollmentId) {
        return learning.enrollment(accountId, enrollmentId).map(e -> schedule(enrollmentId));
    }

    /** Everything wrong with a schedule as typed, by field: its annotations, then the time of day. Empty when it can be saved. */
    public Map<String, String> problems(ScheduleForm form) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        if (form.start() != null && form.start().isAfter(LATEST_START)) {
            errors.putIfAbsent("start", "Start by 23:00, so a session ends on its day.");
        }
        return errors;
    }

    /** Saves the study days and start time: the schedule as the calendar now uses it, what is wrong by field, or not found when not this account's. */
    @Transactional
    public Outcome<StudySchedule> saveSchedule(UUID accountId, UUID enrollmentId, ScheduleForm form) {
        if (learning.enrollment(accountId, enrollmentId).isEmpty()) {
            return Outcome.notFound("You have no enrolment with id '%s'.".formatted(enrollmentId));
        }
        return Outcome.unless(problems(form), () -> {
            StudySchedule schedule = new StudySchedule(EnumSet.copyOf(form.days()), Objects.requireNonNull(form.start()).withSecond(0).withNano(0));
            store.saveSchedule(accountId, enrollmentId, schedule.daysText(), schedule.start());
            return Outcome.saved(schedule);
        });
    }

    private StudySchedule schedule(UUID enrollmentId) {
        return store.schedule(enrollmentId).flatMap(s -> StudySchedule.stored(s.days(), s.startTime())).orElse(StudySchedule.DEFAULT);
    }

    /** A new secret for the feed (the old address stops working); empty when the enrolment is not this account's. */
    public Optional<String> newFeed(UUID accountId, UUID enrollmentId) {
        if (learning.enrollment(accountId, enrollmentId).isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.replaceFeed(enrollmentId, accountId, Digests.sha256Hex(secret));
        return Optional.of(secret);
    }

    public boolean revokeFeed(UUID accountId, UUID enrollmentId) {
        if (learning.enrollment(accountId, enrollmentId).isEmpty()) {
            return false;
        }
        store.revokeFeed(enrollmentId);
        return true;
    }

    public boolean hasFeed(UUID accountId, UUID enrollmentId) {
        return learning.enrollment(accountId, enrollmentId).isPresent() && store.hasFeed(enrollmentId);
    }

    /** The calendar behind a feed secret, when it is a live one. */
    public Optional<String> feed(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return store.feed(Digests.sha256Hex(secret)).flatMap(feed -> download(feed.accountId(), feed.enrollmentId()));
    }
}
