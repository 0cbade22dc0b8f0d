package dev.ascent.lab.engine;

import org.HdrHistogram.Histogram;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A component while the engine runs it: its live state, its random stream, and what is measured about it. Areas are
 * time integrals (number × seconds) kept up to date on every change, from which utilisation, mean queue and Little's
 * L are exact.
 */
abstract class Station {

    final int index;
    final String id;
    final String kind;
    final UniformRandomProvider rng;
    Engine engine;
    Edge[] edges = new Edge[0];

    int busy;
    int capacity;
    int queued;
    int inSystem;
    double slowFactor = 1;
    double burstRate;

    private double last;
    double busyArea;
    double capacityArea;
    double queueArea;
    double systemArea;
    int maxQueue;

    long arrived;
    long served;
    final long[] failed = new long[FailureCause.ALL.length];
    long departed;
    /** Failures of any job, warm-up or not, for the per-second series. */
    long failedAll;
    double sumSojourn;
    double sumResponse;
    long waits;
    double sumWait;
    double sumSelf;
    /** Seconds of own work started (service, query, consumer time), for telling busy from blocked on calls. */
    double ownWork;
    final Histogram latency = new Histogram(3);

    Station(int index, String id, String kind, UniformRandomProvider rng) {
        this.index = index;
        this.id = id;
        this.kind = kind;
        this.rng = rng;
    }

    /** Whether the component has a fixed number of workers (so utilisation means something). */
    abstract boolean bounded();

    /** A job has arrived: queue it, start it, or end it. */
    abstract void arrive(Job job);

    /** The job's own work (service, query, hit, latency) is done. */
    abstract void workDone(Job job);

    /** The index of the next call to make for the job (and advances it), or -1 when its calls are done. */
    int nextCall(Job job) {
        while (job.callIdx < edges.length) {
            int i = job.callIdx++;
            double p = edges[i].probability;
            if (p >= 1 || rng.nextDouble() < p) {
                return i;
            }
        }
        return -1;
    }

    /** The job is ending: give back what it held. */
    void release(Job job) {
    }

    /** Brings the areas up to {@code now}; call before any change to busy, capacity, queued or inSystem. */
    final void advance(double now) {
        double dt = now - last;
        if (dt > 0) {
            busyArea += busy * dt;
            // A replica scaled in finishes its work first: it counts as a worker while it does.
            capacityArea += Math.max(capacity, busy) * dt;
            queueArea += queued * dt;
            systemArea += inSystem * dt;
            last = now;
        }
    }

    final void enter(Job job, double now) {
        advance(now);
        inSystem++;
        if (job.counted) {
            arrived++;
        }
    }

    final void noteQueued() {
        if (queued > maxQueue) {
            maxQueue = queued;
        }
    }

    /** Records the job's end here: counts, sojourn, latency. */
    final void depart(Job job, double now, boolean ok, int cause) {
        advance(now);
        inSystem--;
        if (!ok) {
            failedAll++;
        }
        if (!job.counted) {
            return;
        }
        double sojourn = now - job.arrived;
        departed++;
        sumSojourn += sojourn;
        sumSelf += job.self;
        if (ok) {
            served++;
            sumResponse += sojourn;
            latency.recordValue(Math.max(0, Math.round(sojourn * 1_000_000)));
        } else {
            failed[cause]++;
        }
    }

    final void noteWait(Job job, double wait) {
        job.self += wait;
        if (job.counted) {
            waits++;
            sumWait += wait;
        }
    }

    /** A draw of the component's own work time in seconds, slowed by an active fault. */
    final double seconds(double ms) {
        return Math.max(0, ms) * slowFactor / 1000.0;
    }

    /** Whether the work just done fails because of an error burst (one draw only while a burst is on). */
    final boolean burstFails() {
        return burstRate > 0 && rng.nextDouble() < burstRate;
    }
}
