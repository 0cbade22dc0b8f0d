package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * One call from a component to another, with the caller's resilience state for it: the circuit breaker's window of
 * outcomes, the token bucket, the bulkhead's calls in flight. An attempt passes the breaker, then the rate limiter,
 * then the bulkhead; a call they refuse fails at once and is not retried. An asynchronous publish passes only the
 * rate limiter (nothing comes back to count for a breaker or a bulkhead).
 */
final class Edge {

    static final int CLOSED = 0;
    static final int OPEN = 1;
    static final int HALF_OPEN = 2;

    final int target;
    final boolean async;
    /** Probability, timeout and attempts can be changed while the model runs ({@link Change.ChangeCall}). */
    double probability;
    /** Seconds; +infinity for none. */
    double timeout;
    int attempts;
    final double backoff;
    final double multiplier;
    final boolean jitter;
    private final Resilience.@Nullable CircuitBreaker breaker;
    private final Resilience.@Nullable RateLimit limit;
    private final int maxConcurrent;

    private final boolean[] outcomes;
    private int outcomeCount;
    private int outcomeNext;
    private int failuresInWindow;
    int breakerState = CLOSED;
    private double openedAt;
    private boolean trialInFlight;
    /** Forced open by a change: every attempt and publish is refused until a change closes it. */
    private boolean forcedOpen;

    private double tokens;
    private double tokensAt;
    int inFlight;

    /** Calls refused by each mechanism, for the tests and the reading. */
    long opened;
    long refusedOpen;
    long refusedRate;
    long refusedBulkhead;

    Edge(int target, Call.Mode mode, double probability, Resilience resilience) {
        this.target = target;
        this.async = mode == Call.Mode.ASYNC;
        this.probability = probability;
        Resilience r = resilience == null ? Resilience.NONE : resilience;
        this.timeout = r.timeoutMs() == null ? Double.POSITIVE_INFINITY : r.timeoutMs() / 1000.0;
        Resilience.Retry retry = r.retry();
        this.attempts = retry == null ? 1 : Math.max(1, retry.attempts());
        this.backoff = retry == null ? 0 : retry.backoffMs() / 1000.0;
        this.multiplier = retry == null ? 1 : retry.multiplier();
        this.jitter = retry != null && retry.jitter();
        this.breaker = r.circuitBreaker();
        this.outcomes = new boolean[breaker == null ? 0 : Math.max(1, breaker.window())];
        this.limit = r.rateLimit();
        this.tokens = limit == null ? 0 : limit.burst();
        this.maxConcurrent = r.bulkhead() == null ? Integer.MAX_VALUE : r.bulkhead().maxConcurrent();
    }

    /** Whether an attempt may go out now; null when it may (and its permits are taken), else why not. */
    @Nullable FailureCause admit(double now) {
        if (forcedOpen) {
            refusedOpen++;
            return FailureCause.CIRCUIT_OPEN;
        }
        if (async) {
            return takeToken(now) ? null : FailureCause.RATE_LIMITED;
        }
        if (breaker != null) {
            if (breakerState == OPEN) {
                if (now < openedAt + breaker.openSeconds()) {
                    refusedOpen++;
                    return FailureCause.CIRCUIT_OPEN;
                }
                breakerState = HALF_OPEN;
                trialInFlight = false;
            }
            if (breakerState == HALF_OPEN && trialInFlight) {
                refusedOpen++;
                return FailureCause.CIRCUIT_OPEN;
            }
        }
        if (!takeToken(now)) {
            return FailureCause.RATE_LIMITED;
        }
        if (inFlight >= maxConcurrent) {
            refusedBulkhead++;
            return FailureCause.REJECTED;
        }
        if (breaker != null && breakerState == HALF_OPEN) {
            trialInFlight = true;
        }
        inFlight++;
        return null;
    }

    private boolean takeToken(double now) {
        if (limit == null) {
            return true;
        }
        tokens = Math.min(limit.burst(), tokens + (now - tokensAt) * limit.perSecond());
        tokensAt = now;
        if (tokens < 1) {
            refusedRate++;
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** The attempt that {@link #admit} let through has ended, well or not. */
    void resolved(double now, boolean ok) {
        inFlight--;
        if (breaker == null) {
            return;
        }
        if (breakerState == HALF_OPEN) {
            if (ok) {
                breakerState = CLOSED;
                outcomeCount = 0;
                outcomeNext = 0;
                failuresInWindow = 0;
            } else {
                open(now);
            }
            trialInFlight = false;
            return;
        }
        if (breakerState == OPEN) {
            return;
        }
        if (outcomeCount == outcomes.length) {
            if (outcomes[outcomeNext]) {
                failuresInWindow--;
            }
        } else {
            outcomeCount++;
        }
        outcomes[outcomeNext] = !ok;
        if (!ok) {
            failuresInWindow++;
        }
        outcomeNext = (outcomeNext + 1) % outcomes.length;
        if (outcomeCount >= breaker.window() && failuresInWindow >= breaker.failureRatio() * outcomeCount) {
            open(now);
        }
    }

    /** The attempt was abandoned without an outcome (its caller was killed): only the bulkhead permit goes back. */
    void abandoned() {
        inFlight--;
        if (breakerState == HALF_OPEN) {
            trialInFlight = false;
        }
    }

    /** A change: null leaves a value alone; a timeout in milliseconds. */
    void change(@Nullable Double timeoutMs, @Nullable Integer attempts, @Nullable Double probability, @Nullable Boolean open) {
        if (timeoutMs != null) {
            timeout = timeoutMs / 1000.0;
        }
        if (attempts != null) {
            this.attempts = Math.max(1, attempts);
        }
        if (probability != null) {
            this.probability = Math.clamp(probability, 0, 1);
        }
        if (open != null) {
            if (open) {
                forcedOpen = true;
            } else {
                forcedOpen = false;
                breakerState = CLOSED;
                trialInFlight = false;
                outcomeCount = 0;
                outcomeNext = 0;
                failuresInWindow = 0;
            }
        }
    }

    private void open(double now) {
        breakerState = OPEN;
        openedAt = now;
        opened++;
    }

    /** Seconds to wait before retry number {@code retry} (1 for the first retry), given a uniform draw in [0, 1). */
    double backoff(int retry, double uniform) {
        double wait = backoff * Math.pow(multiplier, retry - 1);
        return jitter ? wait * uniform : wait;
    }
}
