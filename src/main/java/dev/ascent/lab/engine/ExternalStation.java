package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** A third party with unlimited concurrency: answers after its latency, failing a share of calls. */
final class ExternalStation extends Station {

    private final ContinuousSampler latencyMs;
    private final double errorRate;

    ExternalStation(int index, Component.External external, UniformRandomProvider rng) {
        super(index, external.id(), "external", rng);
        this.latencyMs = Streams.sampler(external.latency(), rng);
        this.errorRate = Math.clamp(external.errorRate(), 0, 1);
    }

    @Override
    boolean bounded() {
        return false;
    }

    @Override
    void arrive(Job job) {
        double now = engine.now;
        enter(job, now);
        job.phase = Job.WORKING;
        job.started = now;
        double work = seconds(latencyMs.sample());
        job.self += work;
        engine.schedule(now + work, Engine.WORK_DONE, job, index, job.gen, job.callGen);
    }

    @Override
    void workDone(Job job) {
        double failRate = 1 - (1 - errorRate) * (1 - burstRate);
        if (failRate > 0 && rng.nextDouble() < failRate) {
            engine.fail(job, FailureCause.DEPENDENCY_ERROR);
        } else {
            engine.finish(job);
        }
    }
}
