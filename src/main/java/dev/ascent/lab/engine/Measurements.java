package dev.ascent.lab.engine;

import org.HdrHistogram.Histogram;

/**
 * End-to-end counts and latencies, and the per-second series. One latency histogram for the run and one interval
 * histogram that is read and reset every simulated second; exact sums beside them for the means.
 */
final class Measurements {

    private final Station[] stations;
    /** The seconds the run can have; the arrays grow to it as seconds pass (memory follows the time reached). */
    final long secondsCapacity;
    private int allocated;

    long arrived;
    long completed;
    long failed;
    final long[] failedBy = new long[FailureCause.ALL.length];
    long countedCompleted;
    double sumLatency;
    final Histogram run = new Histogram(3);
    /** Two significant digits are enough for a second's percentiles and keep reading them cheap. */
    private final Histogram interval = new Histogram(2);

    int seconds;
    private long secArrivals;
    private long secCompleted;
    private final long[] secFailed = new long[FailureCause.ALL.length];
    long[] arrivals;
    long[] completions;
    long[] inFlight;
    long[][] failures;
    double[][] percentiles;
    final double[][] utilisation;
    final double[][] queue;
    final double[][] system;
    final double[][] workers;
    final long[][] componentFailed;
    private final long[] lastFailed;
    private double lastTick;
    private final double[][] lastAreas;

    double warmTime;
    final double[][] warmAreas;

    Measurements(Station[] stations, double duration, double warmup) {
        this.stations = stations;
        this.secondsCapacity = (long) Math.ceil(duration) + 1;
        this.allocated = (int) Math.min(secondsCapacity, 1024);
        this.arrivals = new long[allocated];
        this.completions = new long[allocated];
        this.inFlight = new long[allocated];
        this.failures = new long[allocated][];
        this.percentiles = new double[allocated][];
        this.utilisation = new double[stations.length][allocated];
        this.queue = new double[stations.length][allocated];
        this.system = new double[stations.length][allocated];
        this.workers = new double[stations.length][allocated];
        this.componentFailed = new long[stations.length][allocated];
        this.lastFailed = new long[stations.length];
        this.lastAreas = new double[stations.length][4];
        this.warmAreas = new double[stations.length][4];
    }

    void arrived() {
        arrived++;
        secArrivals++;
    }

    void ended(Job job, double now, boolean ok, int cause) {
        if (ok) {
            completed++;
            secCompleted++;
            double seconds = now - job.arrived;
            long micros = Math.max(0, Math.round(seconds * 1_000_000));
            interval.recordValue(micros);
            if (job.counted) {
                countedCompleted++;
                sumLatency += seconds;
                run.recordValue(micros);
            }
        } else {
            failed++;
            failedBy[cause]++;
            secFailed[cause]++;
        }
    }

    long inFlightNow() {
        return arrived - completed - failed;
    }

    /** Closes the current second at {@code now}. */
    void tick(double now) {
        if (seconds >= secondsCapacity || seconds == Integer.MAX_VALUE - 8) {
            return;
        }
        if (seconds == allocated) {
            grow();
        }
        int s = seconds++;
        double dt = now - lastTick;
        lastTick = now;
        arrivals[s] = secArrivals;
        completions[s] = secCompleted;
        failures[s] = secFailed.clone();
        inFlight[s] = inFlightNow();
        percentiles[s] = interval.getTotalCount() == 0 ? new double[3] : new double[] {
                interval.getValueAtPercentile(50) / 1000.0,
                interval.getValueAtPercentile(95) / 1000.0,
                interval.getValueAtPercentile(99) / 1000.0};
        interval.reset();
        secArrivals = 0;
        secCompleted = 0;
        java.util.Arrays.fill(secFailed, 0);
        for (int i = 0; i < stations.length; i++) {
            Station st = stations[i];
            st.advance(now);
            double[] last = lastAreas[i];
            double busy = st.busyArea - last[0];
            double cap = st.capacityArea - last[1];
            utilisation[i][s] = st.bounded() && cap > 0 ? busy / cap : 0;
            queue[i][s] = dt > 0 ? (st.queueArea - last[2]) / dt : st.queued;
            system[i][s] = dt > 0 ? (st.systemArea - last[3]) / dt : st.inSystem;
            workers[i][s] = dt > 0 ? Math.round(cap / dt * 1000) / 1000.0 : st.capacity;
            componentFailed[i][s] = st.failedAll - lastFailed[i];
            lastFailed[i] = st.failedAll;
            last[0] = st.busyArea;
            last[1] = st.capacityArea;
            last[2] = st.queueArea;
            last[3] = st.systemArea;
        }
    }

    private void grow() {
        allocated = (int) Math.min(Math.min(secondsCapacity, Integer.MAX_VALUE - 8), 2L * allocated);
        arrivals = java.util.Arrays.copyOf(arrivals, allocated);
        completions = java.util.Arrays.copyOf(completions, allocated);
        inFlight = java.util.Arrays.copyOf(inFlight, allocated);
        failures = java.util.Arrays.copyOf(failures, allocated);
        percentiles = java.util.Arrays.copyOf(percentiles, allocated);
        for (int i = 0; i < stations.length; i++) {
            utilisation[i] = java.util.Arrays.copyOf(utilisation[i], allocated);
            queue[i] = java.util.Arrays.copyOf(queue[i], allocated);
            system[i] = java.util.Arrays.copyOf(system[i], allocated);
            workers[i] = java.util.Arrays.copyOf(workers[i], allocated);
            componentFailed[i] = java.util.Arrays.copyOf(componentFailed[i], allocated);
        }
    }

    void warmedUp(double now) {
        warmTime = now;
        for (int i = 0; i < stations.length; i++) {
            Station st = stations[i];
            st.advance(now);
            warmAreas[i][0] = st.busyArea;
            warmAreas[i][1] = st.capacityArea;
            warmAreas[i][2] = st.queueArea;
            warmAreas[i][3] = st.systemArea;
        }
    }
}
