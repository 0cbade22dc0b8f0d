package dev.ascent.drills.internal;

import dev.ascent.drills.Plays;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Ends the plays nobody is watching. A play ends when a request sees it recovered or out of time, and the console asks
 * every two seconds while its clock runs; a tab closed meanwhile would leave the play "running" for good. A drill lasts
 * at most 30 simulated minutes and its clock runs at least one simulated second a second, so a play untouched for
 * longer than that with its clock running has reached its end: it is read as its on-call would read it, which ends it
 * as recovered or timed out, dated when its clock got there. A paused play waits for its on-call. Runs every five
 * minutes, once across instances, a bounded batch at a time.
 */
@Component
class PlaySweep {

    static final Duration UNTOUCHED = Duration.ofMinutes(31);
    static final int BATCH = 100;

    private final PlayStore store;
    private final Plays plays;
    private final Clock clock;

    PlaySweep(PlayStore store, Plays plays, Clock clock) {
        this.store = store;
        this.plays = plays;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ascent.drills.sweep-every:5m}", initialDelayString = "${ascent.drills.sweep-every:5m}")
    @SchedulerLock(name = "drill-play-sweep", lockAtMostFor = "10m")
    void sweep() {
        endUnwatched();
    }

    /** Ends one batch of the plays left running; answers how many it ended. */
    int endUnwatched() {
        int ended = 0;
        for (PlayStore.Idle idle : store.unwatched(clock.instant().minus(UNTOUCHED), BATCH)) {
            ended += plays.live(idle.accountId(), idle.id()).filter(live -> !live.play().running()).isPresent() ? 1 : 0;
        }
        return ended;
    }
}
