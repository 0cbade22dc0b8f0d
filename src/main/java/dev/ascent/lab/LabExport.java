package dev.ascent.lab;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lab section of an account's export ({@code ascent/export@1}): each run with what was changed and expected and
 * what it measured. The per-second series are left out: the same model, changes and seed give them again.
 */
public record LabExport(List<RunRecord> runs) {

    public record RunRecord(String model, String title, Map<String, Double> changes, long seed, @Nullable Double predictedP99Ms,
                            @Nullable String predictedBottleneck, double p99Ms, double errorRatio, @Nullable String bottleneck,
                            int minutes, Instant at) {
    }

    static LabExport of(List<LabRun> runs) {
        return new LabExport(runs.stream().map(r -> new RunRecord(r.modelId(), r.modelTitle(), r.changes(), r.seed(), r.predictedP99Ms(),
                r.predictedBottleneck(), r.p99Ms(), r.errorRatio(), r.bottleneck(), r.minutes(), r.createdAt())).toList());
    }
}
