package dev.ascent.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener did not finish: it failed (an email while the mail server
 * was down), or the instance stopped first (Spring Modulith marks a publication failed once it has
 * been waiting or running longer than {@code spring.modulith.events.staleness.*}). Once a minute on
 * one instance at a time; each publication is claimed before it is resubmitted, so two instances never
 * run the same one. Listeners must therefore tolerate running again after a partial failure: their
 * work and its record are one transaction.
 */
@Component
class UnfinishedEvents {

    private final FailedEventPublications failed;

    UnfinishedEvents(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${ascent.events.retry-every:1m}", initialDelayString = "${ascent.events.retry-every:1m}")
    @SchedulerLock(name = "unfinished-events", lockAtMostFor = "5m")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
