package dev.ascent.lab.engine;

/**
 * The next arrival of a diurnal rate max(0, mean + amplitude·sin(2πt/period)), by inverting its integral: from
 * {@code now}, the time where ∫ rate reaches {@code mass}. Troughs (rate zero) are skipped in closed form; within a
 * positive stretch the integral is found by safeguarded Newton steps, written as a difference so that large times and
 * rates keep their precision.
 */
final class Diurnal {

    private Diurnal() {
    }

    static double next(Arrivals.Diurnal d, double now, double end, double mass) {
        double amplitude = Math.abs(d.amplitude());
        double period = d.periodSeconds();
        if (!(period > 0) || d.mean() + amplitude <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        boolean troughs = d.mean() < amplitude;
        // With a negative amplitude the curve is the positive one shifted by half a period.
        double shift = d.amplitude() < 0 ? Math.PI : 0;
        double s0 = troughs ? Math.asin(Math.clamp(-d.mean() / amplitude, -1, 1)) : 0;
        double t = now;
        for (int stretch = 0; stretch < 1_000 && t <= end; stretch++) {
            if (troughs && ArrivalProcess.rate(d, t) <= 0) {
                t = Math.max(edge(t, period, shift, 2 * Math.PI + s0), Math.nextUp(t));
            }
            double stop = troughs
                    ? edge(t, period, shift, Math.PI - s0)
                    : t + (Math.floor(mass / (d.mean() * period)) + 1) * period;
            double available = integral(d.mean(), amplitude, period, shift, t, stop);
            if (mass <= available) {
                return solve(d.mean(), amplitude, period, shift, t, stop, mass);
            }
            mass -= available;
            t = Math.nextUp(stop);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The first time at or after t where the shifted phase is {@code phase} (mod 2π), within rounding. */
    private static double edge(double t, double period, double shift, double phase) {
        double theta = 2 * Math.PI * t / period + shift;
        double k = Math.ceil((theta - phase) / (2 * Math.PI));
        double at = (phase + 2 * Math.PI * k - shift) * period / (2 * Math.PI);
        return t - at > period * 1e-9 ? at + period : Math.max(at, t);
    }

    /** ∫ from t to x of mean + amplitude·sin(2πs/period + shift) ds, as mean·d + (amplitude·period/π)·sin(mid)·sin(πd/period). */
    private static double integral(double mean, double amplitude, double period, double shift, double t, double x) {
        double d = x - t;
        double mid = Math.PI * (x + t) / period + shift;
        return mean * d + amplitude * period / Math.PI * Math.sin(mid) * Math.sin(Math.PI * d / period);
    }

    private static double solve(double mean, double amplitude, double period, double shift, double lo, double hi,
                                double mass) {
        double t = lo;
        double x = lo + mass / Math.max(mean + amplitude, 1e-300);
        for (int i = 0; i < 100; i++) {
            if (!(x > lo && x < hi)) {
                x = (lo + hi) / 2;
            }
            double g = integral(mean, amplitude, period, shift, t, x) - mass;
            if (g > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double rate = mean + amplitude * Math.sin(2 * Math.PI * x / period + shift);
            double step = rate > 0 ? x - g / rate : Double.NaN;
            if (Math.abs(g) <= 1e-9 * Math.max(1, mass) || hi - lo <= Math.ulp(hi) * 4) {
                return x;
            }
            x = step;
        }
        return x;
    }
}
