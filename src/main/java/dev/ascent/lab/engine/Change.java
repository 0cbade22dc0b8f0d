package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * Something done to the system while it runs, at {@code atSecond} of simulated time (an incident drill's action).
 * Changes are events: at one instant they run in list order, after any fault that starts then.
 */
public sealed interface Change {

    double atSecond();

    /**
     * Ends {@code model.faults().get(fault)} now if it is active: killed replicas come back, a slow fault or an error
     * burst stops, a partition heals (callers waiting on it with no timeout fail as a dependency error now), a
     * failover's pause ends. A fault ended before it started never starts; its own scheduled end does nothing.
     */
    record EndFault(double atSecond, int fault) implements Change {
    }

    /**
     * A service's replicas become {@code to} when given, else the current count plus {@code by}, within [0, 1000].
     * Scaling in lets work in progress finish and shrinks the waiting room (jobs beyond it fail as rejected); an
     * autoscaled service goes on autoscaling from the new count, its maximum raised to at least that count.
     */
    record Scale(double atSecond, String service, @Nullable Integer to, int by) implements Change {
    }

    /**
     * Every call from {@code from} to {@code to} (a cache's onMiss, a balancer's target too) takes the values given
     * from now on; null leaves a value alone. {@code open} true forces the caller's circuit open (calls fail at once
     * as circuit open, publishes are dropped) until a later change sets it false, which closes it with an empty
     * window (a breaker opened by failures too). An attempt already out keeps the timeout it started with.
     */
    record ChangeCall(double atSecond, String from, String to, @Nullable Double timeoutMs, @Nullable Integer attempts,
                      @Nullable Double probability, @Nullable Boolean open) implements Change {
    }

    /**
     * A token bucket at the entry, refilled at {@code perSecond} and holding one second's worth (at least 1):
     * arrivals over it fail at once as rate limited. Null lifts it.
     */
    record LimitArrivals(double atSecond, @Nullable Double perSecond) implements Change {
    }
}
