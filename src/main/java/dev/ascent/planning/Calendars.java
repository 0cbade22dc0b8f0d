package dev.ascent.planning;

import dev.ascent.platform.Digests;
import dev.ascent.learning.Learning;
import dev.ascent.planning.internal.PlanningStore;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Base64;
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

    private final Planner planner;
    private final Learning learning;
    private final PlanningStore store;

    Calendars(Planner planner, Learning learning, PlanningStore store) {
        this.planner = planner;
        this.learning = learning;
        this.store = store;
    }

    public Optional<String> download(UUID accountId, UUID enrollmentId) {
        return learning.journey(accountId, enrollmentId).flatMap(journey -> planner.projection(accountId, enrollmentId, null)
                .map(projection -> PlanCalendar.ics(enrollmentId, journey.roadmap().title(), projection, schedule(enrollmentId))));
    }

    /** The learner's study days and start time for an enrolment, or the default until they set them. */
    public Optional<StudySchedule> schedule(UUID accountId, UUID enrollmentId) {
        return learning.enrollment(accountId, enrollmentId).map(e -> schedule(enrollmentId));
    }

    /** Saves the study days and start time; the problems by field when they cannot be saved; empty when not this account's. */
    public Optional<StudySchedule.Parsed> saveSchedule(UUID accountId, UUID enrollmentId, java.util.List<String> days, String start) {
        if (learning.enrollment(accountId, enrollmentId).isEmpty()) {
            return Optional.empty();
        }
        StudySchedule.Parsed parsed = StudySchedule.parse(days, start);
        if (parsed instanceof StudySchedule.Parsed.Valid valid) {
            store.saveSchedule(accountId, enrollmentId, valid.schedule().daysText(), valid.schedule().start());
        }
        return Optional.of(parsed);
    }

    private StudySchedule schedule(UUID enrollmentId) {
        return store.schedule(enrollmentId).map(s -> StudySchedule.parse(java.util.List.of(s.days().split(",")), s.startTime().toString()))
                .filter(StudySchedule.Parsed.Valid.class::isInstance).map(p -> ((StudySchedule.Parsed.Valid) p).schedule())
                .orElse(StudySchedule.DEFAULT);
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
