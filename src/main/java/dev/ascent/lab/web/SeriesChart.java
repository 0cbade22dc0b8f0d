package dev.ascent.lab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time series over a run's seconds drawn as SVG by the template, readable without JavaScript: one polyline per
 * series, value ticks on a rounded scale, second labels along the bottom thinned so they never overlap. The same
 * numbers go to the page as JSON for uPlot, which makes the chart interactive where scripts run.
 */
public record SeriesChart(String id, String title, String unit, List<Line> lines, List<Tick> yTicks, List<Tick> xTicks) {

    static final double WIDTH = 640;
    static final double HEIGHT = 200;
    static final double LEFT = 52;
    static final double RIGHT = 12;
    static final double TOP = 10;
    static final double BOTTOM = 24;

    /** A series: its points as an SVG "x,y x,y" list and its values for the table and the script. */
    public record Line(String name, String points, double[] values, int index) {
        public String peak() {
            double max = 0;
            for (double v : values) {
                max = Math.max(max, Double.isNaN(v) ? 0 : v);
            }
            return value(max);
        }
    }

    public record Tick(String x, String y, String text) {
    }

    public record Series(String name, double[] values) {
    }

    static SeriesChart of(String id, String title, String unit, List<Series> series) {
        int count = series.isEmpty() ? 0 : series.getFirst().values().length;
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, Double.isNaN(v) ? 0 : v);
            }
        }
        double step = dev.ascent.platform.ChartScale.niceStep(max / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            double[] values = series.get(s).values();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    points.append(num(x(i, count))).append(',').append(num(y(values[i], top))).append(' ');
                }
            }
            lines.add(new Line(series.get(s).name(), points.toString().strip(), values, s));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            yTicks.add(new Tick(num(LEFT - 6), num(y(v, top) + 4), value(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, niceSeconds(count / 6.0));
        for (int i = 0; i < count; i += every) {
            xTicks.add(new Tick(num(x(i, count)), num(HEIGHT - 6), i + " s"));
        }
        return new SeriesChart(id, title, unit, lines, yTicks, xTicks);
    }

    /** A label every 10, 30, 60, 120 … seconds. */
    private static int niceSeconds(double rough) {
        for (int s : new int[]{1, 2, 5, 10, 15, 30, 60, 120, 300, 600}) {
            if (s >= rough) {
                return s;
            }
        }
        return 1200;
    }

    public int count() {
        return lines.isEmpty() ? 0 : lines.getFirst().values().length;
    }

    public List<String> gridYs() {
        return yTicks.stream().map(t -> num(Double.parseDouble(t.y()) - 4)).toList();
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

    /** A value as the table and the legend show it: 1,190 or 99.9; a dash for a second without one. */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, Math.abs(v) < 10 ? "%,.2f" : "%,.1f", v);
    }

    private static double x(int i, int count) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (count <= 1 ? 0 : (double) i / (count - 1));
    }

    private static double y(double value, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
