package dev.ascent.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers again the events whose listener did not finish: it failed (an email while the mail server
 * was down), or the instance stopped first (Spring Modulith marks a publication failed once it has
 * been waiting or running longer than {@code spring.modulith.events.staleness.*}). Once a minute on
 * one instance at a time; each publication is claimed before it is resubmitted, so two instances never
 * run the same one. Listeners must therefore tolerate running again after a partial failure: their
 * work and its record are one transaction.
 * <p>
 * Not forever, and not every minute: a publication that failed {@code n} times waits 2<sup>n-1</sup> minutes
 * (at most an hour) before the next try, and after {@value #MAX_ATTEMPTS} tries (about a day) it is left in
 * the registry, failed, for an operator to see, instead of being sent to a mail server that refuses it for good.
 */
@Component
class UnfinishedEvents {

    static final int MAX_ATTEMPTS = 30;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final FailedEventPublications failed;
    private final Clock clock;

    UnfinishedEvents(FailedEventPublications failed, Clock clock) {
        this.failed = failed;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ascent.events.retry-every:1m}", initialDelayString = "${ascent.events.retry-every:1m}")
    @SchedulerLock(name = "unfinished-events", lockAtMostFor = "5m")
    void resubmit() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> due(publication, now)));
    }

    /** Whether a failed publication is tried again now: fewer than the most attempts, and its back-off over. */
    static boolean due(EventPublication publication, Instant now) {
        int attempts = publication.getCompletionAttempts();
        if (attempts >= MAX_ATTEMPTS) {
            return false;
        }
        Duration wait = attempts <= 1 ? Duration.ZERO : Duration.ofMinutes(1L << Math.min(attempts - 1, 6));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        return !last.plus(wait).isAfter(now);
    }
}
