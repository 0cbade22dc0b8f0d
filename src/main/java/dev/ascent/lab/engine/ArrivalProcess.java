package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.List;

/**
 * Arrival times and request types from the arrival stream. Time-varying rates (ramp, spike, diurnal) are drawn by
 * thinning: candidate gaps at the highest rate, each kept with probability rate(t)/highest.
 */
final class ArrivalProcess {

    private final Arrivals arrivals;
    private final UniformRandomProvider rng;
    private final ContinuousSampler unitExponential;
    private final double maxRate;
    private final double[] cumulativeShares;

    ArrivalProcess(Arrivals arrivals, List<SystemModel.RequestType> types, UniformRandomProvider rng) {
        this.arrivals = arrivals;
        this.rng = rng;
        this.unitExponential = ZigguratSampler.Exponential.of(rng);
        this.maxRate = maxRate(arrivals);
        this.cumulativeShares = new double[Math.max(1, types.size())];
        double total = 0;
        for (SystemModel.RequestType type : types) {
            total += Math.max(0, type.share());
        }
        double running = 0;
        for (int i = 0; i < types.size(); i++) {
            running += total > 0 ? Math.max(0, types.get(i).share()) / total : 1.0 / types.size();
            cumulativeShares[i] = running;
        }
        cumulativeShares[cumulativeShares.length - 1] = 1.0;
    }

    /** The time of the arrival after {@code now}; +infinity when none will come. */
    double next(double now, double end) {
        if (maxRate <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return switch (arrivals) {
            case Arrivals.Constant c -> now + 1.0 / c.perSecond();
            case Arrivals.Poisson p -> now + unitExponential.sample() / p.perSecond();
            default -> {
                double t = now;
                while (t <= end) {
                    t += unitExponential.sample() / maxRate;
                    if (rng.nextDouble() * maxRate < rate(arrivals, t)) {
                        yield t;
                    }
                }
                yield Double.POSITIVE_INFINITY;
            }
        };
    }

    int nextType() {
        if (cumulativeShares.length == 1) {
            return 0;
        }
        double u = rng.nextDouble();
        int i = 0;
        while (i < cumulativeShares.length - 1 && u >= cumulativeShares[i]) {
            i++;
        }
        return i;
    }

    /** The arrival rate at simulated second {@code t}. */
    static double rate(Arrivals arrivals, double t) {
        return switch (arrivals) {
            case Arrivals.Constant c -> c.perSecond();
            case Arrivals.Poisson p -> p.perSecond();
            case Arrivals.Ramp r -> t >= r.overSeconds() || r.overSeconds() <= 0
                    ? r.to() : r.from() + (r.to() - r.from()) * t / r.overSeconds();
            case Arrivals.Spike s -> t >= s.atSecond() && t < s.atSecond() + s.forSeconds() ? s.peak() : s.base();
            case Arrivals.Diurnal d -> Math.max(0, d.mean() + d.amplitude() * Math.sin(2 * Math.PI * t / d.periodSeconds()));
        };
    }

    static double maxRate(Arrivals arrivals) {
        return switch (arrivals) {
            case Arrivals.Constant c -> c.perSecond();
            case Arrivals.Poisson p -> p.perSecond();
            case Arrivals.Ramp r -> Math.max(r.from(), r.to());
            case Arrivals.Spike s -> Math.max(s.base(), s.peak());
            case Arrivals.Diurnal d -> d.mean() + Math.abs(d.amplitude());
        };
    }

    /** The expected number of arrivals in [0, duration]. */
    static double expectedCount(Arrivals arrivals, double duration) {
        return switch (arrivals) {
            case Arrivals.Constant c -> c.perSecond() * duration;
            case Arrivals.Poisson p -> p.perSecond() * duration;
            default -> {
                int steps = 1024;
                double h = duration / steps;
                double sum = 0;
                for (int i = 0; i < steps; i++) {
                    sum += rate(arrivals, (i + 0.5) * h) * h;
                }
                yield sum;
            }
        };
    }
}
