package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A component with a fixed number of workers (busy ≤ capacity) and a FIFO of jobs waiting for one: a service's
 * replicas × concurrency, a broker's consumers, a database's connections. A job holds its worker while it works and
 * while it waits on its synchronous calls, as a thread does.
 */
abstract class PoolStation extends Station {

    private Job[] inService = new Job[16];
    final JobQueue waiting = new JobQueue();
    /** How many may wait; beyond it a job is rejected. */
    long queueCapacity;

    PoolStation(int index, String id, String kind, UniformRandomProvider rng) {
        super(index, id, kind, rng);
    }

    @Override
    boolean bounded() {
        return true;
    }

    /** Seconds from now until the job's own work is done (drawn, slowed, and any pause added). */
    abstract double drawWork(Job job);

    /** Starts the job, queues it, or rejects it. */
    final void admit(Job job) {
        if (busy < capacity) {
            start(job);
        } else if (queued < queueCapacity) {
            enqueue(job);
        } else {
            engine.fail(job, FailureCause.REJECTED);
        }
    }

    final void enqueue(Job job) {
        advance(engine.now);
        queued++;
        noteQueued();
        job.phase = Job.QUEUED;
        waiting.add(job);
    }

    final void start(Job job) {
        double now = engine.now;
        advance(now);
        busy++;
        if (busy > inService.length) {
            inService = java.util.Arrays.copyOf(inService, inService.length * 2);
        }
        job.slot = busy - 1;
        inService[job.slot] = job;
        job.phase = Job.WORKING;
        job.started = now;
        noteWait(job, now - job.arrived);
        double work = drawWork(job);
        job.self += work;
        ownWork += work;
        engine.schedule(now + work, Engine.WORK_DONE, job, index, job.gen, job.callGen);
    }

    @Override
    void workDone(Job job) {
        if (burstFails()) {
            engine.fail(job, FailureCause.DEPENDENCY_ERROR);
        } else {
            engine.proceed(job);
        }
    }

    @Override
    final void release(Job job) {
        advance(engine.now);
        if (job.slot >= 0) {
            int last = --busy;
            Job moved = inService[last];
            inService[job.slot] = moved;
            moved.slot = job.slot;
            inService[last] = null;
            job.slot = -1;
        } else if (job.phase == Job.QUEUED) {
            queued--;
        }
        drain();
    }

    /** The job holding worker {@code slot} (0 ≤ slot < busy). */
    final Job working(int slot) {
        return inService[slot];
    }

    /** Starts waiting jobs while there are free workers. */
    final void drain() {
        while (busy < capacity && queued > 0) {
            Job next = waiting.poll();
            if (next == null) {
                break;
            }
            advance(engine.now);
            queued--;
            start(next);
        }
    }

    /** Fails the {@code count} jobs that started last (a killed replica's work). */
    final void failNewestWorking(int count, FailureCause cause) {
        for (int i = 0; i < count && busy > 0; i++) {
            engine.fail(inService[busy - 1], cause);
        }
    }

    /** Fails the newest waiting jobs until no more than {@code keep} wait. */
    final void trimQueue(long keep, FailureCause cause) {
        while (queued > keep) {
            Job last = waiting.pollLast();
            if (last == null) {
                break;
            }
            engine.fail(last, cause);
        }
    }
}
