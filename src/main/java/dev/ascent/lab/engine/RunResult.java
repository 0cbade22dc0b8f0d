package dev.ascent.lab.engine;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What a run measured. Latencies are milliseconds, rates per simulated second, utilisations in [0, 1].
 *
 * @param modelId          the model's id
 * @param seed             the seed the run used
 * @param durationSeconds  the simulated time asked for
 * @param simulatedSeconds the simulated time reached (less than asked when the run was cut off)
 * @param events           events processed
 * @param cutoff           why the run stopped early, or null when it ran to the end
 * @param summary          end to end, over the run
 * @param seconds          one entry per simulated second
 * @param components       one entry per component, in the model's order
 * @param bottleneck       the component that limited the system, with its evidence
 * @param littlesLaw       L = λW checked for each component with the measured numbers
 * @param reading          a plain-words paragraph on what happened
 */
public record RunResult(String modelId, long seed, double durationSeconds, double simulatedSeconds, long events,
                        @Nullable Cutoff cutoff, Summary summary, List<Second> seconds, List<ComponentResult> components,
                        @Nullable Bottleneck bottleneck, List<LittleCheck> littlesLaw, String reading) {

    public RunResult {
        seconds = List.copyOf(seconds);
        components = List.copyOf(components);
        littlesLaw = List.copyOf(littlesLaw);
    }

    /** Failures counted by cause. */
    public record Failures(long timeout, long rejected, long dependencyError, long circuitOpen, long rateLimited) {

        static Failures of(long[] byCause) {
            return new Failures(byCause[0], byCause[1], byCause[2], byCause[3], byCause[4]);
        }

        public long total() {
            return timeout + rejected + dependencyError + circuitOpen + rateLimited;
        }

        public long of(FailureCause cause) {
            return switch (cause) {
                case TIMEOUT -> timeout;
                case REJECTED -> rejected;
                case DEPENDENCY_ERROR -> dependencyError;
                case CIRCUIT_OPEN -> circuitOpen;
                case RATE_LIMITED -> rateLimited;
            };
        }
    }

    /**
     * End to end. {@code arrived = completed + failed + inFlight} always holds; the mean and percentiles are of the
     * requests completed that arrived after the warm-up.
     */
    public record Summary(long arrived, long completed, long failed, long inFlight, Failures failures,
                          double throughputPerSecond, double errorRatio, double meanMs, double p50Ms, double p95Ms,
                          double p99Ms) {
    }

    /**
     * Simulated second {@code second}, the interval [second, second + 1): requests that arrived and ended in it, the
     * latency of those that completed in it, and the requests in flight at its end.
     */
    public record Second(int second, long arrivals, long completed, Failures failed, double p50Ms, double p95Ms,
                         double p99Ms, long inFlight, List<ComponentSecond> components) {
        public Second {
            components = List.copyOf(components);
        }
    }

    /**
     * One component in one second: time-averaged utilisation, waiting jobs, jobs present and workers, and its
     * failures that second of any cause (warm-up included, as the rest of the series). Runs stored before
     * {@code failed} was measured read it as 0.
     */
    public record ComponentSecond(String component, double utilisation, double queueDepth, double inSystem,
                                  double workers, @JsonSetter(nulls = Nulls.AS_EMPTY) long failed) {
    }

    /**
     * One component over the run. {@code meanSelfMs} is the time a visit spent waiting for and doing this component's
     * own work, leaving out the time it waited on its calls; utilisation is 0 for components without a fixed number
     * of workers ({@code bounded} false: caches, external dependencies, load balancers).
     */
    public record ComponentResult(String id, String kind, boolean bounded, long arrived, long served, Failures failed,
                                  double meanResponseMs, double meanWaitMs, double meanSelfMs, double p50Ms,
                                  double p95Ms, double p99Ms, double utilisation, double meanQueue, int maxQueue,
                                  double meanInSystem, double throughputPerSecond) {
    }

    /**
     * The component that limited the system: the busiest one with a fixed number of workers, with its evidence, and
     * the component where the most request time accrued (which differs when, say, a service's workers all wait on a
     * slow dependency).
     *
     * @param busyFromSecond first second it was at least 90% busy, -1 if never
     * @param saturated      whether it was at least 90% busy on average from then on, or its queue grew
     */
    public record Bottleneck(String component, double utilisation, int busyFromSecond, double queueAtStart,
                             double queueAtEnd, int maxQueue, String latencyComponent, double latencyShare,
                             boolean saturated, String evidence) {
    }

    /**
     * Little's law with the measured numbers: λ (arrivals a second), W (mean seconds in the component), their product
     * against the time-averaged number present, L. Holds when within 5% (or 0.01 when L is below 0.2).
     */
    public record LittleCheck(String component, double arrivalRatePerSecond, double meanTimeSeconds, double predictedL,
                              double measuredL, double relativeError, boolean holds) {
    }

    /** The run hit a bound and stopped at {@code atSecond} of simulated time. */
    public record Cutoff(Bound bound, double atSecond, String note) {
        public enum Bound { EVENTS, WALL_TIME }
    }
}
