package dev.ascent.lab.engine;

import java.util.List;

/** A duration drawn at random, in milliseconds. */
public sealed interface Distribution {

    /** Always the same. */
    record Constant(double ms) implements Distribution {
    }

    /** Exponential with the given mean. */
    record Exponential(double meanMs) implements Distribution {
    }

    /** Log-normal with the given median and 99th percentile (p99 greater than the median). */
    record LogNormal(double medianMs, double p99Ms) implements Distribution {
    }

    /**
     * Given by percentiles, interpolated linearly between them: e.g. p50 = 20, p90 = 45, p99 = 120, p100 = 400.
     * Points are sorted by quantile; the first value is also the minimum (quantile 0) unless a point at 0 is given.
     */
    record Percentiles(List<Point> points) implements Distribution {
        public Percentiles {
            points = List.copyOf(points);
        }

        /** {@code quantile} in [0, 1]. */
        public record Point(double quantile, double ms) {
        }
    }
}
