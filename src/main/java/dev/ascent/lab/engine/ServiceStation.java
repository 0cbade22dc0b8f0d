package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A service: replicas × concurrency workers sharing one FIFO that holds up to replicas × queueCapacity (each replica's
 * share of waiting room, as if the replicas pulled from one queue). Service time is drawn per request type; then the
 * calls are made in order while the worker is held. Replicas can be killed, restored and autoscaled.
 */
final class ServiceStation extends PoolStation {

    private final ContinuousSampler[] work;
    private final int concurrency;
    private final int perReplicaQueue;
    private final @Nullable Autoscaling autoscaling;
    int replicas;
    int provisioning;
    private double lastBusyArea;
    private double lastCapacityArea;
    /** Replica counts over time, for the tests and the reading. */
    int maxReplicas;
    /** The autoscaler's maximum, raised by a manual scale beyond it. */
    private int scaleMax;

    ServiceStation(int index, Component.Service service, List<SystemModel.RequestType> types, UniformRandomProvider rng) {
        super(index, service.id(), "service", rng);
        this.work = new ContinuousSampler[Math.max(1, types.size())];
        for (int t = 0; t < work.length; t++) {
            String type = types.isEmpty() ? "*" : types.get(t).id();
            Distribution d = service.serviceTime().getOrDefault(type, service.serviceTime().get("*"));
            if (d == null) {
                throw new IllegalArgumentException("service " + service.id() + " has no service time for " + type);
            }
            work[t] = Streams.sampler(d, rng);
        }
        this.concurrency = Math.max(1, service.concurrency());
        this.perReplicaQueue = Math.max(0, service.queueCapacity());
        this.autoscaling = service.autoscaling();
        this.scaleMax = autoscaling == null ? 0 : Math.max(autoscaling.min(), autoscaling.max());
        int initial = Math.max(0, service.replicas());
        if (autoscaling != null) {
            initial = Math.clamp(initial, autoscaling.min(), Math.max(autoscaling.min(), autoscaling.max()));
        }
        setReplicas(initial);
    }

    private void setReplicas(int count) {
        replicas = count;
        maxReplicas = Math.max(maxReplicas, count);
        capacity = (int) Math.min(Integer.MAX_VALUE, (long) count * concurrency);
        queueCapacity = (long) count * perReplicaQueue;
    }

    @Override
    void arrive(Job job) {
        enter(job, engine.now);
        admit(job);
    }

    @Override
    double drawWork(Job job) {
        return seconds(work[job.type].sample());
    }

    /** Removes replicas: their share of the work in progress fails, and the waiting room they held goes. */
    void kill(int count) {
        int n = Math.min(count, replicas);
        if (n <= 0) {
            return;
        }
        advance(engine.now);
        int lost = (int) Math.round((double) busy * n / replicas);
        setReplicas(replicas - n);
        failNewestWorking(lost, FailureCause.DEPENDENCY_ERROR);
        trimQueue(queueCapacity, FailureCause.DEPENDENCY_ERROR);
    }

    void restore(int count) {
        advance(engine.now);
        setReplicas(replicas + count);
        drain();
    }

    /** Sizes the service to its target utilisation from the utilisation since the last evaluation. */
    void evaluate() {
        if (autoscaling == null) {
            return;
        }
        advance(engine.now);
        double capacityTime = capacityArea - lastCapacityArea;
        double utilisation = capacityTime > 0 ? (busyArea - lastBusyArea) / capacityTime : (busy > 0 ? 1 : 0);
        lastBusyArea = busyArea;
        lastCapacityArea = capacityArea;
        int base = Math.max(1, replicas);
        int desired = (int) Math.ceil(base * utilisation / autoscaling.targetUtilisation() - 1e-9);
        desired = Math.clamp(desired, autoscaling.min(), scaleMax);
        if (desired > replicas + provisioning) {
            int more = desired - replicas - provisioning;
            provisioning += more;
            engine.schedule(engine.now + autoscaling.provisioningSeconds(), Engine.PROVISIONED, null, index, more, 0);
        } else if (desired < replicas && provisioning == 0) {
            setReplicas(desired);
        }
        engine.schedule(engine.now + autoscaling.evaluateSeconds(), Engine.AUTOSCALE, null, index, 0, 0);
    }

    /**
     * A manual scale to {@code count} replicas. Scaling in lets work in progress finish, as the autoscaler does, and
     * the waiting room shrinks (jobs beyond it fail as rejected); scaling out starts waiting jobs at once. An
     * autoscaler goes on from the new count: its maximum is raised to it, and its next evaluation measures
     * utilisation from now.
     */
    void scale(int count) {
        advance(engine.now);
        if (autoscaling != null) {
            scaleMax = Math.max(scaleMax, count);
            lastBusyArea = busyArea;
            lastCapacityArea = capacityArea;
        }
        setReplicas(count);
        trimQueue(queueCapacity, FailureCause.REJECTED);
        drain();
    }

    void provisioned(int count) {
        provisioning -= count;
        restore(count);
    }

    @Nullable Autoscaling autoscaling() {
        return autoscaling;
    }
}
