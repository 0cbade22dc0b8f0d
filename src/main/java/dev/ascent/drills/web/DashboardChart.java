package dev.ascent.drills.web;

import dev.ascent.drills.Drill;
import dev.ascent.platform.ChartScale;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dashboard of a play drawn as SVG: the whole drill's time along the bottom (so the chart does not rescale as time
 * runs), the metric so far as one line, the alert's threshold as a dashed line, and a mark where each action applied.
 */
public record DashboardChart(String id, String title, String unit, String points, List<Tick> yTicks, List<Tick> xTicks,
                             @Nullable String thresholdY, List<Mark> marks, String now, String latest) {

    static final double WIDTH = 640;
    static final double HEIGHT = 180;
    static final double LEFT = 52;
    static final double RIGHT = 26;
    static final double TOP = 10;
    static final double BOTTOM = 24;

    public record Tick(String x, String y, String text) {
    }

    /** A vertical line at a second, labelled (an action applying, or, for a game master, a fault starting). */
    public record Mark(String x, String label, String kind) {
    }

    static DashboardChart of(Drill.Dashboard dashboard, double[] raw, double duration, @Nullable Double threshold, List<Mark> marks) {
        double scale = percent(dashboard.metric()) ? 100 : 1;
        double max = threshold == null ? 0 : threshold * scale;
        double[] values = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[i] * scale;
            if (!Double.isNaN(values[i])) {
                max = Math.max(max, values[i]);
            }
        }
        double step = ChartScale.niceStep(Math.max(max, 1e-9) / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                points.append(num(x(i + 0.5, duration))).append(',').append(num(y(values[i], top))).append(' ');
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            yTicks.add(new Tick(num(LEFT - 6), num(y(v, top) + 4), value(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        double every = minutes(duration / 5);
        for (double s = 0; s <= duration + 1e-9; s += every) {
            xTicks.add(new Tick(num(x(s, duration)), num(HEIGHT - 6), dev.ascent.drills.play.Signals.clock(s)));
        }
        String latest = "–";
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                latest = value(values[i]) + " " + unit(dashboard.metric());
                break;
            }
        }
        return new DashboardChart(dashboard.id(), dashboard.title(), unit(dashboard.metric()), points.toString().strip(), yTicks, xTicks,
                threshold == null ? null : num(y(threshold * scale, top)), marks, num(x(values.length, duration)), latest);
    }

    static String markX(double second, double duration) {
        return num(x(second, duration));
    }

    static boolean percent(Drill.Metric metric) {
        return metric == Drill.Metric.ERRORS || metric == Drill.Metric.UTILISATION;
    }

    static String unit(Drill.Metric metric) {
        return switch (metric) {
            case P50, P95, P99 -> "ms";
            case ERRORS -> "% failed";
            case UTILISATION -> "% busy";
            case THROUGHPUT -> "req/s";
            case IN_FLIGHT -> "in flight";
            case QUEUE -> "waiting";
            case WORKERS -> "workers";
            case COMPONENT_ERRORS -> "failures/s";
        };
    }

    private static double minutes(double rough) {
        for (double s : new double[]{30, 60, 120, 180, 300, 600}) {
            if (s >= rough) {
                return s;
            }
        }
        return 900;
    }

    public String viewBox() {
        return "0 0 %s %s".formatted(num(WIDTH), num(HEIGHT));
    }

    public String left() {
        return num(LEFT);
    }

    public String right() {
        return num(WIDTH - RIGHT);
    }

    public String top() {
        return num(TOP);
    }

    public String bottom() {
        return num(HEIGHT - BOTTOM);
    }

    public List<String> gridYs() {
        return yTicks.stream().map(t -> num(Double.parseDouble(t.y()) - 4)).toList();
    }

    static String value(double v) {
        return v == Math.rint(v) || Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, Math.abs(v) < 10 ? "%.2f" : "%.1f", v);
    }

    private static double x(double second, double duration) {
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.min(1, second / Math.max(1, duration));
    }

    private static double y(double value, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.min(value, top) / top);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
