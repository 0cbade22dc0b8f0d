package dev.ascent.lab.web;

import dev.ascent.lab.LabRun;
import dev.ascent.lab.engine.RunResult;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/** Two runs side by side, a row per number, with which way it moved (lower latency and fewer failures are better). */
public final class Comparison {

    public record Row(String label, String a, String b, String change, String tone) {
    }

    private Comparison() {
    }

    static List<Row> rows(LabRun a, LabRun b) {
        List<Row> rows = new ArrayList<>();
        TreeSet<String> knobs = new TreeSet<>(a.changes().keySet());
        knobs.addAll(b.changes().keySet());
        for (String knob : knobs) {
            Double x = a.changes().get(knob);
            Double y = b.changes().get(knob);
            if (!Objects.equals(x, y)) {
                rows.add(new Row("Changed: " + knob, x == null ? "model's value" : ModelText.n(x), y == null ? "model's value" : ModelText.n(y), "", "knob"));
            }
        }
        if (a.seed() != b.seed()) {
            rows.add(new Row("Seed", String.valueOf(a.seed()), String.valueOf(b.seed()), "", "knob"));
        }
        rows.add(number("p99 end to end", a.p99Ms(), b.p99Ms(), " ms", true));
        rows.add(number("Failed", a.errorRatio() * 100, b.errorRatio() * 100, "%", true));
        RunResult ra = a.result();
        RunResult rb = b.result();
        if (ra != null && rb != null) {
            rows.add(number("p50 end to end", ra.summary().p50Ms(), rb.summary().p50Ms(), " ms", true));
            rows.add(number("p95 end to end", ra.summary().p95Ms(), rb.summary().p95Ms(), " ms", true));
            rows.add(number("Throughput", ra.summary().throughputPerSecond(), rb.summary().throughputPerSecond(), "/s", false));
            rows.add(number("Timed out", ra.summary().failures().timeout(), rb.summary().failures().timeout(), "", true));
            rows.add(number("Rejected", ra.summary().failures().rejected(), rb.summary().failures().rejected(), "", true));
        }
        rows.add(new Row("Bottleneck", text(a.bottleneck()), text(b.bottleneck()),
                Objects.equals(a.bottleneck(), b.bottleneck()) ? "same" : "moved", "neutral"));
        return rows;
    }

    private static String text(@Nullable String component) {
        return component == null ? "none found" : component;
    }

    private static Row number(String label, double a, double b, String unit, boolean lowerIsBetter) {
        String change;
        String tone;
        if (Math.abs(a - b) < 1e-9) {
            change = "same";
            tone = "neutral";
        } else {
            double ratio = a == 0 ? Double.NaN : b / a;
            change = Double.isNaN(ratio) || Double.isInfinite(ratio) ? (b > a ? "up" : "down")
                    : ratio >= 1 ? String.format(Locale.ROOT, "×%.2f", ratio) : String.format(Locale.ROOT, "−%.0f%%", (1 - ratio) * 100);
            tone = (b < a) == lowerIsBetter ? "better" : "worse";
        }
        return new Row(label, ModelText.n(round(a)) + unit, ModelText.n(round(b)) + unit, change, tone);
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100.0;
    }
}
