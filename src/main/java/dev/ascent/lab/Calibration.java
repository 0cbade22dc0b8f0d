package dev.ascent.lab;

import org.jspecify.annotations.Nullable;

/**
 * How good a learner's predictions have been over their last runs: of the runs with an expected p99, how many were
 * within a factor of 2 of the measured one and the typical miss (the median of max(measured/expected,
 * expected/measured)); of the runs with a named bottleneck, how many were right.
 */
public record Calibration(int runs, int p99Predictions, int p99WithinTwice, @Nullable Double medianMissFactor,
                          int bottleneckPredictions, int bottlenecksRight) {

    public boolean any() {
        return p99Predictions > 0 || bottleneckPredictions > 0;
    }
}
