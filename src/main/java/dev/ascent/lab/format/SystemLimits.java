package dev.ascent.lab.format;

/**
 * The sizes a model may ask for, so that every run stays bounded in memory and time. The schema holds the
 * plain numeric limits (rates, replicas, pool sizes); these are the ones it cannot say, and the constants the
 * rules and the docs name. A real system far bigger than this is simulated by scaling it down: the shapes of
 * queueing and failure stay the same.
 */
public final class SystemLimits {

    /** Requests a second, for any arrival rate (also in the schema). */
    public static final double MAX_RATE = 100_000;
    /** Replicas of one service, as configured or as autoscaling's maximum (also in the schema). */
    public static final int MAX_REPLICAS = 1_000;
    /** Requests one replica works on at once (also in the schema). */
    public static final int MAX_CONCURRENCY = 1_000;
    /** Workers of one service: replicas × concurrency, at autoscaling's maximum when it has one. */
    public static final int MAX_WORKERS = 100_000;
    /** Components in one model (also in the schema). */
    public static final int MAX_COMPONENTS = 50;
    /** Any duration in a model: the run itself, a latency, a timeout, a fault's length. */
    public static final double MAX_DURATION_MS = 3_600_000;
    /** The shortest run worth simulating. */
    public static final double MIN_RUN_MS = 1_000;
    /**
     * Component visits a run may be expected to make: the requests that arrive over the run, times the components
     * each one passes through, counting every call as made and every retry as used (the worst case). About three
     * simulator events are spent on a visit, so this keeps a run to about 150 million events.
     */
    public static final double MAX_VISITS = 50_000_000;

    private SystemLimits() {
    }
}
