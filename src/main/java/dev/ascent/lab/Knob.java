package dev.ascent.lab;

import java.util.Locale;

/**
 * One number of a model a learner may change before a run: a service's replicas, a call's timeout, the arrival
 * rate. {@code key} names it in forms, the API and a run's changes ({@code "api.replicas"}, {@code "api>pricing.timeout"},
 * {@code "arrivals.rate"}); {@code value} is the model's own.
 */
public record Knob(String key, String component, String label, String unit, double value, double min, double max,
                   boolean whole) {

    /** The value as a form field shows it: 3, 0.25. */
    public String text(double v) {
        return whole || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }

    public String text() {
        return text(value);
    }

    /** What is wrong with a value for this knob, or null when it is fine. */
    public @org.jspecify.annotations.Nullable String problem(double v) {
        if (Double.isNaN(v) || v < min || v > max) {
            return "%s: give a number from %s to %s%s.".formatted(label, text(min), text(max), unit.isEmpty() ? "" : " " + unit);
        }
        if (whole && v != Math.rint(v)) {
            return "%s: give a whole number.".formatted(label);
        }
        return null;
    }
}
