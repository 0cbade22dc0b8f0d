package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A cache: a hit answers after the hit latency; a miss makes the onMiss call and answers with its outcome. After a
 * flush every key misses, and the hit ratio climbs back linearly to its steady value over the TTL as keys are refilled.
 */
final class CacheStation extends Station {

    private final double hitRatio;
    private final double ttl;
    private final ContinuousSampler hitLatency;
    private double flushedAt = Double.NEGATIVE_INFINITY;
    long hits;
    long misses;

    CacheStation(int index, Component.Cache cache, UniformRandomProvider rng) {
        super(index, cache.id(), "cache", rng);
        this.hitRatio = Math.clamp(cache.hitRatio(), 0, 1);
        this.ttl = Math.max(0, cache.ttlSeconds());
        this.hitLatency = Streams.sampler(cache.hitLatency(), rng);
    }

    @Override
    boolean bounded() {
        return false;
    }

    /** The hit ratio at simulated second {@code now}. */
    double hitRatio(double now) {
        double since = now - flushedAt;
        if (since >= ttl) {
            return hitRatio;
        }
        return since <= 0 ? 0 : hitRatio * since / ttl;
    }

    @Override
    void arrive(Job job) {
        double now = engine.now;
        enter(job, now);
        job.phase = Job.WORKING;
        job.started = now;
        if (rng.nextDouble() < hitRatio(now)) {
            hits++;
            job.aux = 1;
            double work = seconds(hitLatency.sample());
            job.self += work;
            engine.schedule(now + work, Engine.WORK_DONE, job, index, job.gen, job.callGen);
        } else {
            misses++;
            job.aux = 0;
            engine.proceed(job);
        }
    }

    @Override
    void workDone(Job job) {
        if (burstFails()) {
            engine.fail(job, FailureCause.DEPENDENCY_ERROR);
        } else {
            engine.finish(job);
        }
    }

    @Override
    int nextCall(Job job) {
        if (job.aux == 0 && job.callIdx == 0 && edges.length > 0) {
            job.callIdx = 1;
            return 0;
        }
        return -1;
    }

    void flush() {
        flushedAt = engine.now;
    }
}
