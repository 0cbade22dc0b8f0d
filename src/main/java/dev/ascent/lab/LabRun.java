package dev.ascent.lab;

import dev.ascent.lab.engine.RunResult;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One run a learner made: the model and what they changed in it, what they expected, and what it measured.
 * {@code result} is null only for a run restored from an export, which keeps the numbers but not the series
 * (running it again with the same changes and seed gives them back).
 */
public record LabRun(UUID id, String modelId, String modelTitle, Map<String, Double> changes, long seed,
                     @Nullable Double predictedP99Ms, @Nullable String predictedBottleneck, double p99Ms, double errorRatio,
                     @Nullable String bottleneck, int minutes, @Nullable RunResult result, Instant createdAt) {

    public LabRun {
        changes = Map.copyOf(changes);
    }

    public boolean predicted() {
        return predictedP99Ms != null || predictedBottleneck != null;
    }

    /** How far the expected p99 was from the measured one, as a ratio (1.5 = measured was half again as long); null without one. */
    public @Nullable Double p99Ratio() {
        return predictedP99Ms == null || predictedP99Ms <= 0 || p99Ms <= 0 ? null : p99Ms / predictedP99Ms;
    }

    /** Whether the bottleneck was named right; null when none was named or the run found none. */
    public @Nullable Boolean bottleneckRight() {
        return predictedBottleneck == null || bottleneck == null ? null : predictedBottleneck.equals(bottleneck);
    }
}
