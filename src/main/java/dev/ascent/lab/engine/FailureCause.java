package dev.ascent.lab.engine;

/** Why a request or a call failed. */
public enum FailureCause {
    /** The caller stopped waiting (its timeout passed); the callee's work may still go on. */
    TIMEOUT,
    /** No room: a full queue, an exhausted connection pool, a full bulkhead, no replica left. */
    REJECTED,
    /** The callee answered with an error (its error rate, an error burst, a killed replica, a reset connection). */
    DEPENDENCY_ERROR,
    /** The caller's circuit breaker was open and failed the call at once. */
    CIRCUIT_OPEN,
    /** The caller's rate limiter had no token for the call. */
    RATE_LIMITED;

    static final FailureCause[] ALL = values();
}
