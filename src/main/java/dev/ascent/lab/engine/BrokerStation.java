package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A queue/broker: a publish is acknowledged at once when there is room (the publisher goes on), and the message
 * then waits for one of the consumers, which works {@code consumerTime} and makes its calls. Measured from the
 * publish to the consumer's end.
 */
final class BrokerStation extends PoolStation {

    private final ContinuousSampler consumerTime;

    BrokerStation(int index, Component.Queue queue, UniformRandomProvider rng) {
        super(index, queue.id(), "queue", rng);
        this.consumerTime = Streams.sampler(queue.consumerTime(), rng);
        this.capacity = Math.max(0, queue.consumers());
        this.queueCapacity = Math.max(0, queue.capacity());
    }

    @Override
    void arrive(Job job) {
        enter(job, engine.now);
        if (busy >= capacity && queued >= queueCapacity) {
            engine.fail(job, FailureCause.REJECTED);
            return;
        }
        admit(job);
        engine.acknowledge(job);
    }

    @Override
    double drawWork(Job job) {
        return seconds(consumerTime.sample());
    }
}
