package dev.ascent.drills.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ascent.drills.Drill;
import dev.ascent.drills.Play;
import dev.ascent.drills.PlayEntry;
import dev.ascent.drills.play.Timeline;
import dev.ascent.lab.engine.RunOptions;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Replays a play's simulation from second 0 to a whole second of its clock. Deterministic, so any instance gives the
 * same answer; the last few are kept, since a player and a game master watching one play ask for the same seconds.
 */
@Component
public class Replays {

    /** The bounds of one replay: far above a drill's 30 minutes at the lab's rates. */
    static final RunOptions BOUNDS = RunOptions.DEFAULTS;

    /** {@code changes}: the log's actions and injections, the only entries that change the run. */
    private record Key(UUID play, long changes, int seconds, int without) {
    }

    private final Cache<Key, RunResult> recent = Caffeine.newBuilder().maximumSize(64).build();

    /** The play's run up to {@code seconds} (at least 1), its log's entry {@code without} left out (or {@link Timeline#NONE}). */
    public RunResult run(Drill drill, SystemModel base, Play play, List<PlayEntry> log, int seconds, int without) {
        int until = Math.max(1, seconds);
        long changes = log.stream().filter(e -> e.kind() == PlayEntry.Kind.ACTION || e.kind() == PlayEntry.Kind.INJECT).count();
        return recent.get(new Key(play.id(), changes, until, without), key -> {
            Timeline timeline = Timeline.of(drill, base, play.faultTimes(), log, without);
            return Simulation.run(timeline.model(), BOUNDS.withDuration(until), timeline.changes());
        });
    }
}
