package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/** What a caller does around one call; every part is optional. */
public record Resilience(@Nullable Double timeoutMs, @Nullable Retry retry, @Nullable CircuitBreaker circuitBreaker,
                         @Nullable RateLimit rateLimit, @Nullable Bulkhead bulkhead) {

    public static final Resilience NONE = new Resilience(null, null, null, null, null);

    /**
     * Up to {@code attempts} tries in all (1 means no retry); the n-th retry waits backoffMs·multiplier^(n−1), drawn
     * uniformly from [0, that] when {@code jitter} is on ("full jitter").
     */
    public record Retry(int attempts, double backoffMs, double multiplier, boolean jitter) {
    }

    /**
     * Opens when at least {@code failureRatio} of the last {@code window} calls failed (and at least window calls were
     * made); while open, calls fail at once as "circuit open"; after {@code openSeconds} one trial call is let through
     * (half open) and its outcome closes or re-opens the breaker.
     */
    public record CircuitBreaker(double failureRatio, int window, double openSeconds) {
    }

    /** A token bucket per caller component: {@code perSecond} refill, {@code burst} capacity; over it fails as "rate limited". */
    public record RateLimit(double perSecond, int burst) {
    }

    /** At most {@code maxConcurrent} calls in flight from the caller to this target; one more fails at once as rejected. */
    public record Bulkhead(int maxConcurrent) {
    }
}
