package dev.ascent.drills.format;

import dev.ascent.drills.Drill;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** Metric names as a drill file writes them ({@code p99}, {@code in-flight}, {@code component-errors}). */
final class Metrics {

    private Metrics() {
    }

    static Drill.@Nullable Metric of(String name) {
        try {
            return Drill.Metric.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean known(String name) {
        return of(name) != null && name.equals(name.toLowerCase(Locale.ROOT));
    }

    static boolean ofComponent(String name) {
        Drill.Metric metric = of(name);
        return metric != null && metric.ofComponent();
    }
}
