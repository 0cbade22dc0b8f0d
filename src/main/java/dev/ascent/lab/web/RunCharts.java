package dev.ascent.lab.web;

import dev.ascent.lab.engine.RunResult;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The charts of a run, or of two runs side by side: traffic, latency, how busy each component was, its queue. */
final class RunCharts {

    private RunCharts() {
    }

    static List<SeriesChart> of(RunResult result) {
        List<RunResult.Second> seconds = result.seconds();
        List<SeriesChart> charts = new ArrayList<>();
        charts.add(SeriesChart.of("traffic", "Requests a second", "requests/s", List.of(
                series("arrived", seconds, s -> s.arrivals()),
                series("completed", seconds, s -> s.completed()),
                series("failed", seconds, s -> s.failed().total()))));
        charts.add(SeriesChart.of("latency", "Latency of completed requests", "ms", List.of(
                series("p50", seconds, s -> s.completed() == 0 ? Double.NaN : s.p50Ms()),
                series("p95", seconds, s -> s.completed() == 0 ? Double.NaN : s.p95Ms()),
                series("p99", seconds, s -> s.completed() == 0 ? Double.NaN : s.p99Ms()))));
        List<String> bounded = result.components().stream().filter(RunResult.ComponentResult::bounded).map(RunResult.ComponentResult::id).toList();
        if (!bounded.isEmpty()) {
            charts.add(SeriesChart.of("utilisation", "How busy each component was", "% busy",
                    bounded.stream().map(id -> component(id, seconds, c -> c.utilisation() * 100)).toList()));
            charts.add(SeriesChart.of("queues", "Work waiting at each component", "waiting",
                    bounded.stream().map(id -> component(id, seconds, RunResult.ComponentSecond::queueDepth)).toList()));
        }
        return charts;
    }

    /** Two runs on the same axes: "before" and "after". */
    static List<SeriesChart> compare(RunResult a, RunResult b) {
        return List.of(
                SeriesChart.of("p99", "p99 latency of completed requests", "ms", List.of(
                        series("run A", a.seconds(), s -> s.completed() == 0 ? Double.NaN : s.p99Ms()),
                        series("run B", b.seconds(), s -> s.completed() == 0 ? Double.NaN : s.p99Ms()))),
                SeriesChart.of("completed", "Requests completed a second", "requests/s", List.of(
                        series("run A", a.seconds(), s -> s.completed()),
                        series("run B", b.seconds(), s -> s.completed()))),
                SeriesChart.of("failed", "Requests failed a second", "requests/s", List.of(
                        series("run A", a.seconds(), s -> s.failed().total()),
                        series("run B", b.seconds(), s -> s.failed().total()))));
    }

    private static SeriesChart.Series series(String name, List<RunResult.Second> seconds, java.util.function.ToDoubleFunction<RunResult.Second> value) {
        double[] values = new double[seconds.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsDouble(seconds.get(i));
        }
        return new SeriesChart.Series(name, values);
    }

    private static SeriesChart.Series component(String id, List<RunResult.Second> seconds,
                                                java.util.function.ToDoubleFunction<RunResult.ComponentSecond> value) {
        double[] values = new double[seconds.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.NaN;
            for (RunResult.ComponentSecond c : seconds.get(i).components()) {
                if (c.component().equals(id)) {
                    values[i] = value.applyAsDouble(c);
                    break;
                }
            }
        }
        return new SeriesChart.Series(id, values);
    }

    /** The chart's numbers for uPlot: seconds, then each series (null for a second without a value). */
    static String json(SeriesChart chart, JsonMapper json) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unit", chart.unit());
        List<Object> series = new ArrayList<>();
        for (SeriesChart.Line line : chart.lines()) {
            List<Double> values = new ArrayList<>(line.values().length);
            for (double v : line.values()) {
                values.add(Double.isNaN(v) ? null : Math.round(v * 100) / 100.0);
            }
            series.add(Map.of("name", line.name(), "values", values));
        }
        data.put("series", series);
        return json.writeValueAsString(data);
    }
}
