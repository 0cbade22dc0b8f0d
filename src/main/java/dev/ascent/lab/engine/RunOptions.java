package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * How to run a model.
 *
 * @param maxEvents      the run stops after this many events (a bound, reported in the result when hit)
 * @param maxWallMillis  the run stops after this much wall-clock time (checked every 4,096 events)
 * @param seed           overrides the model's seed when given
 * @param durationSeconds overrides the model's simulated duration when given
 * @param warmupSeconds  observations of work that arrived before this simulated second are left out of the
 *                       per-component and summary statistics (the per-second series and the conservation counts
 *                       keep everything); 0 for ordinary runs, used by the queueing-theory tests
 */
public record RunOptions(long maxEvents, long maxWallMillis, @Nullable Long seed, @Nullable Double durationSeconds,
                         double warmupSeconds) {

    /** 50 million events and 10 s of wall time: far above a 10-minute run at 1,000 requests a second. */
    public static final RunOptions DEFAULTS = new RunOptions(50_000_000L, 10_000L, null, null, 0);

    public RunOptions {
        if (maxEvents <= 0 || maxWallMillis <= 0 || warmupSeconds < 0) {
            throw new IllegalArgumentException("bounds must be positive and the warm-up not negative");
        }
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(maxEvents, maxWallMillis, newSeed, durationSeconds, warmupSeconds);
    }

    public RunOptions withDuration(double seconds) {
        return new RunOptions(maxEvents, maxWallMillis, seed, seconds, warmupSeconds);
    }

    public RunOptions withWarmup(double seconds) {
        return new RunOptions(maxEvents, maxWallMillis, seed, durationSeconds, seconds);
    }

    public RunOptions withMaxEvents(long events) {
        return new RunOptions(events, maxWallMillis, seed, durationSeconds, warmupSeconds);
    }

    public RunOptions withMaxWallMillis(long millis) {
        return new RunOptions(maxEvents, millis, seed, durationSeconds, warmupSeconds);
    }
}
