package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A load balancer: takes no time itself and forwards each request to one target, chosen round robin, by fewest
 * requests it has outstanding there (ties to the first), or at random; the request ends with the target's answer.
 */
final class BalancerStation extends Station {

    private final Component.LoadBalancer.Policy policy;
    private final int[] outstanding;
    private int nextTarget;

    BalancerStation(int index, Component.LoadBalancer balancer, UniformRandomProvider rng) {
        super(index, balancer.id(), "load balancer", rng);
        this.policy = balancer.policy();
        this.outstanding = new int[balancer.targets().size()];
    }

    @Override
    boolean bounded() {
        return false;
    }

    @Override
    void arrive(Job job) {
        enter(job, engine.now);
        job.phase = Job.WORKING;
        job.started = engine.now;
        job.aux = -1;
        engine.proceed(job);
    }

    @Override
    int nextCall(Job job) {
        if (job.aux >= 0 || edges.length == 0) {
            return -1;
        }
        int chosen = switch (policy) {
            case ROUND_ROBIN -> nextTarget++ % edges.length;
            case RANDOM -> rng.nextInt(edges.length);
            case LEAST_CONNECTIONS -> {
                int best = 0;
                for (int i = 1; i < outstanding.length; i++) {
                    if (outstanding[i] < outstanding[best]) {
                        best = i;
                    }
                }
                yield best;
            }
        };
        if (nextTarget == edges.length) {
            nextTarget = 0;
        }
        job.aux = chosen;
        outstanding[chosen]++;
        return chosen;
    }

    @Override
    void release(Job job) {
        if (job.aux >= 0) {
            outstanding[job.aux]--;
            job.aux = -1;
        }
    }

    @Override
    void workDone(Job job) {
        engine.finish(job);
    }
}
