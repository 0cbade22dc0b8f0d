package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * A token bucket at the entry ({@link Change.LimitArrivals}): refilled at a rate a second, holding one second's worth
 * (at least 1), full when set. Arrivals it has no token for fail at once as rate limited.
 */
final class EntryLimit {

    boolean on;
    private double rate;
    private double burst;
    private double tokens;
    private double at;

    /** Limits arrivals to {@code perSecond} from {@code now}; null lifts the limit. */
    void set(@Nullable Double perSecond, double now) {
        on = perSecond != null;
        rate = on ? perSecond : 0;
        burst = on ? Math.max(1, perSecond) : 0;
        tokens = burst;
        at = now;
    }

    /** Takes a token for an arrival at {@code now}, if there is one. */
    boolean take(double now) {
        tokens = Math.min(burst, tokens + (now - at) * rate);
        at = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
