package dev.ascent.practice.web;

import dev.ascent.practice.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drawing instructions for a metric signal as a small chart, computed here and drawn as SVG by the
 * template. Over time: one polyline per series, a few value ticks from a rounded scale, and labels
 * along the bottom thinned out so they never overlap. Per category ({@code chart: bars}): a row per
 * category with one horizontal bar per series, the category names on the left (they are words, not
 * times) and the value scale along the bottom.
 */
public record SignalChart(List<Line> lines, List<Bar> bars, List<Tick> yTicks, List<Tick> xTicks, String unit, double height) {

    static final double WIDTH = 480;
    static final double HEIGHT = 180;
    static final double LEFT = 48;
    static final double RIGHT = 12;
    static final double TOP = 10;
    static final double BOTTOM = 24;
    /** Room for category names beside horizontal bars. */
    static final double CATEGORY_LEFT = 124;
    static final double BAR = 9;
    static final double ROW_GAP = 10;

    /** A series: its points as an SVG "x,y x,y" list, and its last value for the legend. */
    public record Line(String name, String points, String last, int index) {
    }

    /** One series' bar in one category's row, with the text a pointer shows over it. */
    public record Bar(String x, String y, String width, String height, int index, String title) {
    }

    public record Tick(String x, String y, String text) {
    }

    static SignalChart of(Scenario.Metric metric) {
        double max = metric.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Double::doubleValue).max().orElse(1);
        double min = Math.min(0, metric.series().stream().flatMap(s -> s.points().stream()).mapToDouble(Double::doubleValue).min().orElse(0));
        double step = niceStep((max - min) / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        double bottom = Math.floor(min / step) * step;
        return metric.bars() ? bars(metric, bottom, top, step) : lines(metric, bottom, top, step);
    }

    private static SignalChart lines(Scenario.Metric metric, double bottom, double top, double step) {
        int count = metric.labels().size();
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < metric.series().size(); s++) {
            Scenario.Series series = metric.series().get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < series.points().size(); i++) {
                points.append(num(x(i, count))).append(',').append(num(y(series.points().get(i), bottom, top))).append(' ');
            }
            lines.add(new Line(series.name(), points.toString().strip(), value(series.points().getLast()), s));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v = bottom; v <= top + step / 2; v += step) {
            yTicks.add(new Tick(num(LEFT - 6), num(y(v, bottom, top) + 4), value(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(count / 6.0));
        for (int i = 0; i < count; i += every) {
            xTicks.add(new Tick(num(x(i, count)), num(HEIGHT - 6), metric.labels().get(i)));
        }
        return new SignalChart(lines, List.of(), yTicks, xTicks, metric.unit(), HEIGHT);
    }

    private static SignalChart bars(Scenario.Metric metric, double bottom, double top, double step) {
        int seriesCount = metric.series().size();
        double row = seriesCount * BAR + ROW_GAP;
        double height = TOP + row * metric.labels().size() + BOTTOM;
        double plot = WIDTH - CATEGORY_LEFT - RIGHT;
        List<Bar> bars = new ArrayList<>();
        List<Tick> categories = new ArrayList<>();
        for (int c = 0; c < metric.labels().size(); c++) {
            double rowTop = TOP + c * row + ROW_GAP / 2;
            categories.add(new Tick(num(CATEGORY_LEFT - 8), num(rowTop + seriesCount * BAR / 2 + 4), metric.labels().get(c)));
            for (int s = 0; s < seriesCount; s++) {
                Scenario.Series series = metric.series().get(s);
                double v = series.points().get(c);
                double from = CATEGORY_LEFT + plot * (Math.min(0, v) - bottom) / (top - bottom);
                double to = CATEGORY_LEFT + plot * (Math.max(0, v) - bottom) / (top - bottom);
                bars.add(new Bar(num(from), num(rowTop + s * BAR), num(Math.max(1, to - from)), num(BAR - 1.5), s,
                        "%s, %s: %s %s".formatted(metric.labels().get(c), series.name(), exact(v), metric.unit())));
            }
        }
        List<Tick> valueTicks = new ArrayList<>();
        for (double v = bottom; v <= top + step / 2; v += step) {
            valueTicks.add(new Tick(num(CATEGORY_LEFT + plot * (v - bottom) / (top - bottom)), num(height - 6), value(v)));
        }
        List<Line> legend = java.util.stream.IntStream.range(0, seriesCount)
                .mapToObj(s -> new Line(metric.series().get(s).name(), "", "", s)).toList();
        return new SignalChart(legend, bars, categories, valueTicks, metric.unit(), height);
    }

    /** Drawn as horizontal bars per category rather than lines over time. */
    public boolean categorical() {
        return !bars.isEmpty();
    }

    /** The x of each value's grid line across the bars. */
    public List<String> gridXs() {
        return xTicks.stream().map(Tick::x).toList();
    }

    public String plotTop() {
        return num(TOP);
    }

    public String plotBottom() {
        return num(height - BOTTOM);
    }

    /** The y of each grid line, for the template. */
    public List<String> gridYs() {
        return yTicks.stream().map(t -> num(Double.parseDouble(t.y()) - 4)).toList();
    }

    public String viewBox() {
        return "0 0 %s %s".formatted(num(WIDTH), num(height));
    }

    public String left() {
        return num(LEFT);
    }

    public String right() {
        return num(WIDTH - RIGHT);
    }

    /** A value as the table under the chart shows it: 1,190 or 99.9. */
    public String cell(double v) {
        return exact(v);
    }

    private static String exact(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    static double niceStep(double rough) {
        return dev.ascent.platform.ChartScale.niceStep(rough);
    }

    private static double x(int i, int count) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (count <= 1 ? 0 : (double) i / (count - 1));
    }

    private static double y(double value, double bottom, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - bottom) / (top - bottom));
    }

    private static String value(double v) {
        if (Math.abs(v) >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1000);
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
