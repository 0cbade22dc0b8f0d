package dev.ascent.platform;

/** The value scales of the app's charts: steps people read at a glance. */
public final class ChartScale {

    private ChartScale() {
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}; 1 for nothing to show. */
    public static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
