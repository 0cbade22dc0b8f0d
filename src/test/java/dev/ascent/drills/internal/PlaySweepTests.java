package dev.ascent.drills.internal;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.drills.Live;
import dev.ascent.drills.Play;
import dev.ascent.drills.Plays;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A play whose tab was closed while its clock ran is ended by the sweep as its on-call would have seen it end: timed
 * out, dated when its clock ran out (not when the sweep came by). A paused play, and one watched a moment ago, are
 * left running.
 */
@SpringBootTest
class PlaySweepTests {

    @Autowired PlaySweep sweep;
    @Autowired Plays plays;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    private Play started(String name, Plays.ClockCommand command) {
        UUID me = accounts.signUp(name, WebSession.uniqueEmail("sweep"), WebSession.PASSWORD, "test").value().id();
        Play play = ((Outcome.Saved<Play>) plays.start(me, "bad-deploy-latency")).value();
        Live live = ((Outcome.Saved<Live>) plays.clock(me, play.id(), command, null, 0)).value();
        assertThat(live.play().running()).isTrue();
        return play;
    }

    /** Moves the play's start and its last touch back {@code ago}, as if its tab had been closed that long. */
    private Instant leftAlone(Play play, Duration ago) {
        Instant touched = Instant.now().minus(ago);
        jdbc.sql("update drills.plays set started_at = :touched, clock_at = :touched where id = :id")
                .param("touched", Timestamp.from(touched)).param("id", play.id()).update();
        return touched;
    }

    private String state(Play play) {
        return jdbc.sql("select state from drills.plays where id = :id").param("id", play.id()).query(String.class).single();
    }

    @Test
    void aPlayNobodyWatchesEndsWhenItsClockRanOut() {
        Play closedTab = started("Closed Tab", Plays.ClockCommand.RUN);
        Play paused = started("Paused Tab", Plays.ClockCommand.PAUSE);
        Play watched = started("Open Tab", Plays.ClockCommand.RUN);
        Instant touched = leftAlone(closedTab, Duration.ofMinutes(40));
        leftAlone(paused, Duration.ofMinutes(40));
        leftAlone(watched, Duration.ofMinutes(1));

        assertThat(sweep.endUnwatched()).isPositive();

        assertThat(state(closedTab)).isEqualTo("timed-out");
        Instant ended = jdbc.sql("select ended_at from drills.plays where id = :id").param("id", closedTab.id())
                .query(Timestamp.class).single().toInstant();
        long expected = Math.round(900 / closedTab.speed() * 1000);
        assertThat(Duration.between(touched, ended).toMillis())
                .as("ended when its clock reached 15 simulated minutes at x%s, not when the sweep came", closedTab.speed())
                .isBetween(expected - 1000, expected + 1000);
        assertThat(state(paused)).isEqualTo("running");
        assertThat(state(watched)).isEqualTo("running");
    }
}
