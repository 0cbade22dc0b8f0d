package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

/** Something that goes wrong at {@code atSecond} of simulated time. */
public sealed interface Fault {

    double atSecond();

    /** Removes {@code count} replicas of a service (their in-flight work fails); back after restoreAfterSeconds, if given. */
    record KillReplicas(double atSecond, String component, int count, @Nullable Double restoreAfterSeconds) implements Fault {
    }

    /** Multiplies a component's service, query, consumer or latency times by {@code factor} for a while. */
    record Slow(double atSecond, String component, double factor, double forSeconds) implements Fault {
    }

    /** A component fails a share {@code errorRate} of what it handles for a while, on top of its own error rate. */
    record ErrorBurst(double atSecond, String component, double errorRate, double forSeconds) implements Fault {
    }

    /** A database stops answering for {@code pauseSeconds} (queries wait, then go on) as a replica is promoted. */
    record Failover(double atSecond, String database, double pauseSeconds) implements Fault {
    }

    /**
     * Calls from one component to another get no answer while it lasts: the caller waits until its timeout, or, with
     * none set, until the partition heals, when the call fails as a dependency error (the connection is reset).
     */
    record Partition(double atSecond, String from, String to, double forSeconds) implements Fault {
    }

    /** Empties a cache: every key misses until refilled. */
    record CacheFlush(double atSecond, String cache) implements Fault {
    }
}
