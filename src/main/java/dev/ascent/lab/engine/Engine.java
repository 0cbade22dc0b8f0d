package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The discrete-event loop and the mechanics of requests between components: arrivals, calls with their timeouts and
 * retries, answers, acknowledgements, failures. One engine runs one model once; nothing in it is shared.
 */
final class Engine {

    static final int ARRIVAL = 0;
    static final int WORK_DONE = 1;
    static final int CALL_TIMEOUT = 2;
    static final int RETRY = 3;
    static final int CALL_LOST = 4;
    static final int POOL_TIMEOUT = 5;
    static final int TICK = 6;
    static final int FAULT_START = 7;
    static final int FAULT_END = 8;
    static final int AUTOSCALE = 9;
    static final int PROVISIONED = 10;
    static final int WARMED_UP = 11;
    static final int CHANGE = 12;

    /** Deeper chains of synchronous calls are refused (a guard against cycles the validator missed). */
    private static final int MAX_DEPTH = 64;

    final Station[] stations;
    final double end;
    final double warmup;
    double now;
    long events;
    RunResult.@Nullable Cutoff cutoff;

    private final EventQueue queue = new EventQueue();
    private final ArrivalProcess arrivals;
    private final int entry;
    private final FaultTimeline faults;
    private final ChangeTimeline changes;
    /** Callers waiting on a partition with no timeout, kept only when a change may heal one early. */
    private final @Nullable LostCalls lostCalls;
    /** The entry's token bucket from a {@link Change.LimitArrivals}. */
    final EntryLimit entryLimit = new EntryLimit();
    final Measurements measurements;
    private final double[] partitionEnd;
    private Job[] pool = new Job[256];
    private int pooled;

    Engine(SystemModel model, List<Change> changes, long seed, double duration, double warmup) {
        this.end = duration;
        this.warmup = warmup;
        List<Component> components = model.components();
        this.stations = new Station[components.size()];
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            indexOf.put(components.get(i).id(), i);
        }
        for (int i = 0; i < stations.length; i++) {
            Component c = components.get(i);
            stations[i] = Stations.build(i, c, model.workload().types(), Streams.stream(seed, c.id()));
            stations[i].engine = this;
        }
        for (int i = 0; i < stations.length; i++) {
            stations[i].edges = Stations.edges(components.get(i), indexOf);
        }
        Integer entryIndex = indexOf.get(model.workload().entry());
        if (entryIndex == null) {
            throw new IllegalArgumentException("unknown entry component " + model.workload().entry());
        }
        this.entry = entryIndex;
        this.arrivals = new ArrivalProcess(model.workload().arrivals(), model.workload().types(),
                Streams.stream(seed, Streams.ARRIVALS));
        this.faults = new FaultTimeline(model.faults(), indexOf, this);
        this.changes = new ChangeTimeline(changes, model.faults(), indexOf, this, faults);
        this.lostCalls = this.changes.mayHealPartitions() ? new LostCalls(this) : null;
        this.partitionEnd = new double[stations.length * stations.length];
        java.util.Arrays.fill(partitionEnd, Double.NEGATIVE_INFINITY);
        this.measurements = new Measurements(stations, duration, warmup);
    }

    void schedule(double time, int type, @Nullable Job job, int target, int gen, int callGen) {
        queue.schedule(time, type, job, target, gen, callGen);
    }

    /**
     * Runs to the end of simulated time (events before it; the last second closes at it) or to the first bound hit.
     */
    void run(long maxEvents, long maxWallNanos) {
        long deadline = System.nanoTime() + maxWallNanos;
        double first = arrivals.next(0, end);
        if (first < end) {
            schedule(first, ARRIVAL, null, entry, 0, 0);
        }
        faults.schedule();
        changes.schedule();
        for (Station s : stations) {
            if (s instanceof ServiceStation service && service.autoscaling() != null) {
                schedule(service.autoscaling().evaluateSeconds(), AUTOSCALE, null, s.index, 0, 0);
            }
        }
        if (warmup > 0) {
            queue.scheduleFirst(warmup, WARMED_UP);
        }
        if (1 < end) {
            queue.scheduleFirst(1, TICK);
        }
        while (!queue.isEmpty() && queue.peekTime() < end) {
            EventQueue.Event e = queue.poll();
            now = e.time;
            int type = e.type;
            Job job = e.job;
            int target = e.target;
            int gen = e.gen;
            int callGen = e.callGen;
            queue.release(e);
            dispatch(type, job, target, gen, callGen);
            events++;
            if (events >= maxEvents) {
                cutoff = new RunResult.Cutoff(RunResult.Cutoff.Bound.EVENTS, now,
                        "stopped after " + events + " events at second " + Math.round(now * 10) / 10.0 + " of " + end);
                break;
            }
            if ((events & 0xFFF) == 0 && System.nanoTime() > deadline) {
                cutoff = new RunResult.Cutoff(RunResult.Cutoff.Bound.WALL_TIME, now,
                        "stopped after " + maxWallNanos / 1_000_000 + " ms of wall time at second "
                                + Math.round(now * 10) / 10.0 + " of " + end);
                break;
            }
        }
        if (cutoff == null) {
            now = end;
            measurements.tick(end);
        }
        for (Station s : stations) {
            s.advance(now);
        }
    }

    private void dispatch(int type, @Nullable Job job, int target, int gen, int callGen) {
        switch (type) {
            case ARRIVAL -> arrival();
            case WORK_DONE -> {
                // A database whose failover pause ended early moves its queries' ends: the callGen tells which is current.
                if (job.gen == gen && job.callGen == callGen) {
                    stations[job.station].workDone(job);
                }
            }
            case CALL_TIMEOUT -> {
                if (job.gen == gen && job.callGen == callGen) {
                    resolve(job, false, FailureCause.TIMEOUT.ordinal());
                }
            }
            case CALL_LOST -> {
                if (job.gen == gen && job.callGen == callGen) {
                    resolve(job, false, FailureCause.DEPENDENCY_ERROR.ordinal());
                }
            }
            case RETRY -> {
                if (job.gen == gen && job.callGen == callGen) {
                    attempt(job);
                }
            }
            case POOL_TIMEOUT -> {
                if (job.gen == gen) {
                    ((DatabaseStation) stations[job.station]).poolTimeout(job);
                }
            }
            case TICK -> {
                measurements.tick(now);
                if (now + 1 < end) {
                    queue.scheduleFirst(now + 1, TICK);
                }
            }
            case FAULT_START -> faults.start(target);
            case FAULT_END -> faults.end(target);
            case AUTOSCALE -> ((ServiceStation) stations[target]).evaluate();
            case PROVISIONED -> ((ServiceStation) stations[target]).provisioned(gen);
            case WARMED_UP -> measurements.warmedUp(now);
            case CHANGE -> changes.apply(target);
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    private void arrival() {
        Job job = newJob(entry, arrivals.nextType(), null, 0, 0);
        job.root = true;
        measurements.arrived();
        double next = arrivals.next(now, end);
        if (next < end) {
            schedule(next, ARRIVAL, null, entry, 0, 0);
        }
        if (entryLimit.on && !entryLimit.take(now)) {
            stations[entry].enter(job, now);
            job.aux = -1; // no balancer target was chosen for it
            fail(job, FailureCause.RATE_LIMITED);
            return;
        }
        stations[entry].arrive(job);
    }

    private Job newJob(int station, int type, @Nullable Job parent, int parentCallGen, int depth) {
        Job job = pooled > 0 ? pool[--pooled] : new Job();
        job.parent = parent;
        job.parentGen = parent == null ? 0 : parent.gen;
        job.parentCallGen = parentCallGen;
        job.root = false;
        job.counted = now >= warmup;
        job.station = station;
        job.type = type;
        job.depth = depth;
        job.phase = Job.NEW;
        job.arrived = now;
        job.started = now;
        job.self = 0;
        job.callIdx = 0;
        job.edge = 0;
        job.attempt = 0;
        job.slot = -1;
        job.aux = 0;
        return job;
    }

    /** Makes the job's remaining calls in order; when none is left waiting, the job is done. */
    void proceed(Job job) {
        Station s = stations[job.station];
        while (true) {
            int i = s.nextCall(job);
            if (i < 0) {
                finish(job);
                return;
            }
            Edge e = s.edges[i];
            if (e.async) {
                publish(job, e);
                continue;
            }
            job.edge = i;
            job.attempt = 1;
            attempt(job);
            return;
        }
    }

    private void publish(Job job, Edge e) {
        if (e.admit(now) != null || partitioned(job.station, e.target)) {
            return;
        }
        Job message = newJob(e.target, job.type, null, 0, 0);
        stations[e.target].arrive(message);
    }

    /** One attempt of the job's current synchronous call. */
    private void attempt(Job job) {
        Edge e = stations[job.station].edges[job.edge];
        if (job.depth >= MAX_DEPTH) {
            fail(job, FailureCause.REJECTED);
            return;
        }
        FailureCause refused = e.admit(now);
        if (refused != null) {
            job.phase = Job.WORKING;
            fail(job, refused);
            return;
        }
        job.phase = Job.CALLING;
        int callGen = ++job.callGen;
        job.timed = e.timeout != Double.POSITIVE_INFINITY;
        if (job.timed) {
            schedule(now + e.timeout, CALL_TIMEOUT, job, 0, job.gen, callGen);
        }
        if (partitioned(job.station, e.target)) {
            lost(job, job.station, e.target);
            return;
        }
        Job child = newJob(e.target, job.type, job, callGen, job.depth + 1);
        stations[e.target].arrive(child);
    }

    /** The current attempt of the job's call has an outcome: go on, retry after a backoff, or fail the job. */
    private void resolve(Job job, boolean ok, int cause) {
        Station s = stations[job.station];
        Edge e = s.edges[job.edge];
        job.callGen++;
        job.phase = Job.WORKING;
        e.resolved(now, ok);
        if (ok) {
            proceed(job);
        } else if (job.attempt < e.attempts) {
            double wait = e.backoff(job.attempt, e.jitter ? s.rng.nextDouble() : 0);
            job.attempt++;
            schedule(now + wait, RETRY, job, 0, job.gen, job.callGen);
        } else {
            end(job, false, cause);
        }
    }

    /** An answer will not come back through a partition: wait for the timeout, or for the heal and a reset. */
    private void lost(Job caller, int from, int to) {
        if (!caller.timed) {
            schedule(partitionEnd[from * stations.length + to], CALL_LOST, caller, 0, caller.gen, caller.callGen);
            if (lostCalls != null) {
                lostCalls.add(caller, from * stations.length + to);
            }
        }
    }

    boolean partitioned(int from, int to) {
        return now < partitionEnd[from * stations.length + to];
    }

    void partition(int from, int to, double until) {
        int k = from * stations.length + to;
        partitionEnd[k] = Math.max(partitionEnd[k], until);
    }

    /**
     * A partition from → to was ended early: it now lasts until {@code until} (when another partition of the pair
     * still holds) or is healed, and callers waiting on it with no timeout fail then rather than at the old end.
     */
    void healPartition(int from, int to, double until) {
        int k = from * stations.length + to;
        partitionEnd[k] = until;
        if (lostCalls != null) {
            lostCalls.reschedule(k, Math.max(now, until));
        }
    }

    /** A broker took the message: its publisher has its answer now, and the message goes on alone. */
    void acknowledge(Job job) {
        answer(job, true, -1);
        if (job.root) {
            measurements.ended(job, now, true, -1);
            job.root = false;
        }
        job.parent = null;
    }

    void finish(Job job) {
        end(job, true, -1);
    }

    void fail(Job job, FailureCause cause) {
        end(job, false, cause.ordinal());
    }

    private void end(Job job, boolean ok, int cause) {
        Station s = stations[job.station];
        if (job.phase == Job.CALLING) {
            s.edges[job.edge].abandoned();
        }
        s.depart(job, now, ok, cause);
        job.gen++;
        s.release(job);
        job.phase = Job.NEW;
        answer(job, ok, cause);
        if (job.root) {
            measurements.ended(job, now, ok, cause);
        }
        job.parent = null;
        if (pooled == pool.length) {
            pool = java.util.Arrays.copyOf(pool, pooled * 2);
        }
        pool[pooled++] = job;
    }

    private void answer(Job child, boolean ok, int cause) {
        Job caller = child.parent;
        if (caller == null || caller.gen != child.parentGen || caller.callGen != child.parentCallGen) {
            return;
        }
        if (partitioned(caller.station, child.station)) {
            lost(caller, caller.station, child.station);
        } else {
            resolve(caller, ok, cause);
        }
    }
}
