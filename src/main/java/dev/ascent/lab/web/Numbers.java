package dev.ascent.lab.web;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** How the lab's pages write a number: 12 ms, 1.4 s, 3.2%. */
public final class Numbers {

    private Numbers() {
    }

    public static String ms(@Nullable Double ms) {
        if (ms == null || ms.isNaN()) {
            return "–";
        }
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%,.1f s", ms / 1000);
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
    }

    public static String percent(double ratio) {
        double p = ratio * 100;
        return p == 0 ? "0%" : p < 0.1 ? "<0.1%" : String.format(Locale.ROOT, p >= 10 ? "%.0f%%" : "%.1f%%", p);
    }

    public static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f/s" : "%.1f/s", perSecond);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String plain(double v) {
        return ModelText.n(v);
    }

    /** The form that runs a run again: its knobs as they were, its seed, no prediction yet. */
    public static dev.ascent.lab.RunForm again(dev.ascent.lab.LabRun run) {
        java.util.Map<String, String> knobs = new java.util.LinkedHashMap<>();
        run.changes().forEach((key, value) -> knobs.put(key, ModelText.n(value).replace(",", "")));
        return new dev.ascent.lab.RunForm(knobs, null, null, run.seed(), null);
    }
}
