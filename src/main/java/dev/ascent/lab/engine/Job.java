package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/**
 * One visit of a request to one component, pooled and reused. {@code gen} grows every time the job ends (finished,
 * failed, killed) and is never reset, so an event or a child holding an older generation knows it is stale.
 * {@code callGen} grows every time one call attempt is resolved, so a late answer or timeout of that attempt is ignored.
 */
final class Job {
    static final int NEW = 0;
    static final int QUEUED = 1;
    static final int WORKING = 2;
    static final int CALLING = 3;

    int gen;
    @Nullable Job parent;
    int parentGen;
    int parentCallGen;
    boolean root;
    /** Arrived after the warm-up: its observations count in the statistics. */
    boolean counted;
    int station;
    int type;
    int depth;
    int phase;
    double arrived;
    double started;
    /** Time spent waiting for and doing the component's own work (not waiting on calls). */
    double self;
    int callIdx;
    int edge;
    int attempt;
    int callGen;
    /** Whether the current call attempt went out with a timeout (a change to the call's timeout leaves it alone). */
    boolean timed;
    /** Index in the station's in-service array while holding a worker, else -1. */
    int slot = -1;
    /** A station's own use: the balancer's chosen target, the cache's hit flag, the database's pause flag. */
    int aux;
    /** When a database query's current work is due to end (moved when a failover's pause ends early). */
    double due;
}
