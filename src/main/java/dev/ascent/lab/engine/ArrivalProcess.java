package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.List;

/**
 * Arrival times and request types from the arrival stream. Time-varying rates are drawn exactly by inverting the
 * integrated rate: the next arrival is where the rate's integral since now reaches a unit exponential draw (a spike
 * piece by piece, a ramp in closed form, a diurnal sine numerically). The cost per arrival does not grow with the
 * rates, however absurd, so the event bound always ends a run in time.
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
            case Arrivals.Spike spike -> nextInSpike(spike, now, end);
            case Arrivals.Ramp ramp -> nextInRamp(ramp, now);
            case Arrivals.Diurnal d -> Diurnal.next(d, now, end, unitExponential.sample());
        };
    }

    /** Constant pieces: an exponential gap at the piece's rate, drawn afresh at each boundary (memoryless). */
    private double nextInSpike(Arrivals.Spike spike, double now, double end) {
        double t = now;
        double start = spike.atSecond();
        double stop = spike.atSecond() + spike.forSeconds();
        while (t <= end) {
            boolean inSpike = t >= start && t < stop;
            double rate = inSpike ? spike.peak() : spike.base();
            double boundary = t < start ? start : (inSpike ? stop : Double.POSITIVE_INFINITY);
            if (rate > 0) {
                double candidate = t + unitExponential.sample() / rate;
                if (candidate < boundary) {
                    return candidate;
                }
            }
            t = boundary;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Rate from + slope·t until overSeconds, then to: solves ∫ rate = E for the gap, in closed form. */
    private double nextInRamp(Arrivals.Ramp ramp, double now) {
        double mass = unitExponential.sample();
        double t = now;
        if (t < ramp.overSeconds() && ramp.overSeconds() > 0) {
            double slope = (ramp.to() - ramp.from()) / ramp.overSeconds();
            double rate = ramp.from() + slope * t;
            double left = ramp.overSeconds() - t;
            double remaining = rate * left + slope * left * left / 2;
            if (mass <= remaining) {
                double root = Math.sqrt(Math.max(0, rate * rate + 2 * slope * mass));
                return rate + root > 0 ? t + 2 * mass / (rate + root) : ramp.overSeconds();
            }
            mass -= remaining;
            t = ramp.overSeconds();
        }
        return ramp.to() > 0 ? t + mass / ramp.to() : Double.POSITIVE_INFINITY;
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
