package dev.ascent.lab.engine;

import java.util.List;
import java.util.Map;

/** Small models and closed-form results of queueing theory for the engine's tests. Times in milliseconds. */
final class Queues {

    static final SystemModel.RequestType ONE_TYPE = new SystemModel.RequestType("request", 1);

    private Queues() {
    }

    static SystemModel model(double perSecond, double duration, List<Component> components) {
        return model(new Arrivals.Poisson(perSecond), duration, components, List.of());
    }

    static SystemModel model(Arrivals arrivals, double duration, List<Component> components, List<Fault> faults) {
        return new SystemModel("test", "Test", "A model for a test.", List.of(), duration, 1,
                new SystemModel.Workload(components.getFirst().id(), arrivals, List.of(ONE_TYPE)), components, faults);
    }

    static Component.Service service(String id, int replicas, Distribution time, Call... calls) {
        return new Component.Service(id, replicas, 1, Integer.MAX_VALUE / Math.max(1, replicas), Map.of("*", time),
                List.of(calls), null);
    }

    static Component.Service service(String id, int replicas, int concurrency, int queue, Distribution time, Call... calls) {
        return new Component.Service(id, replicas, concurrency, queue, Map.of("*", time), List.of(calls), null);
    }

    static Distribution.Constant ms(double ms) {
        return new Distribution.Constant(ms);
    }

    static Call sync(String target, Resilience resilience) {
        return new Call(target, Call.Mode.SYNC, 1.0, resilience);
    }

    static Resilience timeout(double ms) {
        return new Resilience(ms, null, null, null, null);
    }

    static RunResult run(SystemModel model) {
        return Simulation.run(model, RunOptions.DEFAULTS);
    }

    static RunResult.ComponentResult component(RunResult result, String id) {
        return result.components().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static Call async(String target) {
        return new Call(target, Call.Mode.ASYNC, 1.0, Resilience.NONE);
    }

    /** Log-normal with the given mean and shape σ, as the model's median and p99. */
    static Distribution.LogNormal logNormal(double meanMs, double sigma) {
        double median = meanMs * Math.exp(-sigma * sigma / 2);
        return new Distribution.LogNormal(median, median * Math.exp(sigma * Streams.Z99));
    }

    /** Pollaczek–Khinchine: mean wait in M/G/1 with arrival rate λ per ms, service mean and second moment. */
    static double mg1Wait(double lambdaPerMs, double meanMs, double secondMoment) {
        double rho = lambdaPerMs * meanMs;
        return lambdaPerMs * secondMoment / (2 * (1 - rho));
    }

    /** Erlang C: the probability an arrival waits in M/M/c with offered load a = λ/μ. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / c * c / (c - a);
        return last / (sum + last);
    }

    /** Mean wait in M/M/c, ms. */
    static double mmcWait(int c, double lambdaPerMs, double meanMs) {
        double a = lambdaPerMs * meanMs;
        return erlangC(c, a) / (c / meanMs - lambdaPerMs);
    }
}
