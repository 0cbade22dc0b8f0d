package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A database: up to maxConnections queries at once; a caller waits up to poolWaitMs for a connection and is
 * rejected after that. A failover pauses it: queries running when it begins finish that much later, and queries
 * started during it begin when it ends.
 */
final class DatabaseStation extends PoolStation {

    private final ContinuousSampler queryTime;
    private final double poolWait;
    private double pauseStart = Double.NEGATIVE_INFINITY;
    private double pauseEnd = Double.NEGATIVE_INFINITY;

    DatabaseStation(int index, Component.Database database, UniformRandomProvider rng) {
        super(index, database.id(), "database", rng);
        this.queryTime = Streams.sampler(database.queryTime(), rng);
        this.capacity = Math.max(0, database.maxConnections());
        this.poolWait = Math.max(0, database.poolWaitMs()) / 1000.0;
        this.queueCapacity = Long.MAX_VALUE;
    }

    @Override
    void arrive(Job job) {
        enter(job, engine.now);
        if (busy < capacity) {
            start(job);
        } else if (poolWait <= 0) {
            engine.fail(job, FailureCause.REJECTED);
        } else {
            enqueue(job);
            engine.schedule(engine.now + poolWait, Engine.POOL_TIMEOUT, job, index, job.gen, 0);
        }
    }

    /** The job's wait for a connection has run out. */
    void poolTimeout(Job job) {
        if (job.phase == Job.QUEUED) {
            noteWait(job, engine.now - job.arrived);
            engine.fail(job, FailureCause.REJECTED);
        }
    }

    @Override
    double drawWork(Job job) {
        double now = engine.now;
        double delay = now >= pauseStart && now < pauseEnd ? pauseEnd - now : 0;
        job.aux = delay > 0 ? 1 : 0;
        double work = delay + seconds(queryTime.sample());
        job.due = now + work;
        return work;
    }

    @Override
    void workDone(Job job) {
        double now = engine.now;
        if (job.aux == 0 && job.started < pauseStart && now > pauseStart) {
            job.aux = 1;
            double pause = pauseEnd - pauseStart;
            job.self += pause;
            job.due = now + pause;
            engine.schedule(now + pause, Engine.WORK_DONE, job, index, job.gen, job.callGen);
            return;
        }
        super.workDone(job);
    }

    /**
     * The pause ends now rather than at its planned end: queries it held (started in it, or running at its start and
     * already past their own time) end that much earlier; queries running at its start and not yet done are held
     * for the shorter pause when they get there.
     */
    void endPause() {
        double now = engine.now;
        if (!(now >= pauseStart && now < pauseEnd)) {
            return;
        }
        double cut = pauseEnd - now;
        pauseEnd = now;
        advance(now);
        for (int k = 0; k < busy; k++) {
            Job job = working(k);
            if (job.aux == 1 && job.due > now) {
                job.due -= cut;
                job.self -= cut;
                ownWork -= cut;
                job.callGen++; // a database job makes no calls: this only retires its pending end
                engine.schedule(job.due, Engine.WORK_DONE, job, index, job.gen, job.callGen);
            }
        }
    }

    void failover(double seconds) {
        pauseStart = engine.now;
        pauseEnd = engine.now + seconds;
    }
}
