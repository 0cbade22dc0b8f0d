package dev.ascent.lab.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.InverseTransformContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Random streams and samplers. Every component draws from a stream of its own, seeded from the run's seed and the
 * component's id, so a knob changed on one component changes no other component's draws.
 */
final class Streams {

    /** The 99th percentile of the standard normal distribution. */
    static final double Z99 = 2.3263478740408408;

    /** The id the arrival stream is derived from (not a valid component id, so it cannot collide). */
    static final String ARRIVALS = "~arrivals";

    private Streams() {
    }

    static UniformRandomProvider stream(long seed, String id) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(mix(seed ^ fnv1a(id)));
    }

    /** A sampler of milliseconds for the distribution, drawing from {@code rng}. */
    static ContinuousSampler sampler(Distribution distribution, UniformRandomProvider rng) {
        return switch (distribution) {
            case Distribution.Constant c -> constant(c.ms());
            case Distribution.Exponential e -> ZigguratSampler.Exponential.of(rng, e.meanMs());
            case Distribution.LogNormal l -> {
                double mu = Math.log(l.medianMs());
                double sigma = (Math.log(l.p99Ms()) - mu) / Z99;
                yield LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, sigma);
            }
            case Distribution.Percentiles p -> percentiles(p.points(), rng);
        };
    }

    /** The exact mean of the distribution, in milliseconds. */
    static double mean(Distribution distribution) {
        return switch (distribution) {
            case Distribution.Constant c -> c.ms();
            case Distribution.Exponential e -> e.meanMs();
            case Distribution.LogNormal l -> {
                double sigma = (Math.log(l.p99Ms()) - Math.log(l.medianMs())) / Z99;
                yield l.medianMs() * Math.exp(sigma * sigma / 2);
            }
            case Distribution.Percentiles p -> {
                double[][] table = table(p.points());
                double sum = 0;
                for (int i = 1; i < table[0].length; i++) {
                    sum += (table[0][i] - table[0][i - 1]) * (table[1][i] + table[1][i - 1]) / 2;
                }
                yield sum;
            }
        };
    }

    private static ContinuousSampler constant(double ms) {
        return () -> ms;
    }

    private static ContinuousSampler percentiles(List<Distribution.Percentiles.Point> points, UniformRandomProvider rng) {
        double[][] table = table(points);
        double[] q = table[0];
        double[] v = table[1];
        return InverseTransformContinuousSampler.of(rng, u -> {
            int i = 1;
            while (i < q.length - 1 && u > q[i]) {
                i++;
            }
            double span = q[i] - q[i - 1];
            return span <= 0 ? v[i] : v[i - 1] + (v[i] - v[i - 1]) * (u - q[i - 1]) / span;
        });
    }

    /** Quantiles (first 0, last 1) and their values, sorted; the tails are flat where the points leave them open. */
    private static double[][] table(List<Distribution.Percentiles.Point> points) {
        List<Distribution.Percentiles.Point> sorted = points.stream()
                .sorted(java.util.Comparator.comparingDouble(Distribution.Percentiles.Point::quantile)).toList();
        int n = sorted.size();
        boolean addZero = sorted.getFirst().quantile() > 0;
        boolean addOne = sorted.getLast().quantile() < 1;
        int size = n + (addZero ? 1 : 0) + (addOne ? 1 : 0);
        double[] q = new double[size];
        double[] v = new double[size];
        int k = 0;
        if (addZero) {
            q[k] = 0;
            v[k++] = sorted.getFirst().ms();
        }
        for (Distribution.Percentiles.Point point : sorted) {
            q[k] = point.quantile();
            v[k++] = point.ms();
        }
        if (addOne) {
            q[k] = 1;
            v[k] = sorted.getLast().ms();
        }
        return new double[][] {q, v};
    }

    private static long fnv1a(String id) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
