package dev.ascent.drills.play;

import dev.ascent.drills.Drill;
import dev.ascent.lab.engine.RunResult;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the running system shows the on-call up to the play's clock, read from a replay: each metric second by second,
 * when each alert fired and cleared, and the log lines the system wrote. Nothing here reveals a hidden fault except
 * through its symptoms (and the log lines the drill's author tied to it, such as a deploy finishing).
 */
public final class Signals {

    private final Drill drill;
    private final RunResult run;
    private final int seconds;

    public Signals(Drill drill, RunResult run) {
        this.drill = drill;
        this.run = run;
        this.seconds = run.seconds().size();
    }

    public int seconds() {
        return seconds;
    }

    public RunResult run() {
        return run;
    }

    /** The metric in each second so far; NaN where it has no value (a latency in a second nothing completed). */
    public double[] series(Drill.Metric metric, @Nullable String component) {
        double[] values = new double[seconds];
        for (int s = 0; s < seconds; s++) {
            values[s] = value(run.seconds().get(s), metric, component);
        }
        return values;
    }

    static double value(RunResult.Second second, Drill.Metric metric, @Nullable String component) {
        long ended = second.completed() + second.failed().total();
        return switch (metric) {
            case P50 -> second.completed() == 0 ? Double.NaN : second.p50Ms();
            case P95 -> second.completed() == 0 ? Double.NaN : second.p95Ms();
            case P99 -> second.completed() == 0 ? Double.NaN : second.p99Ms();
            case ERRORS -> ended == 0 ? 0 : (double) second.failed().total() / ended;
            case THROUGHPUT -> second.completed();
            case IN_FLIGHT -> second.inFlight();
            case UTILISATION, QUEUE, WORKERS, COMPONENT_ERRORS -> {
                RunResult.ComponentSecond c = second.components().stream().filter(x -> x.component().equals(component)).findFirst().orElse(null);
                if (c == null) {
                    yield Double.NaN;
                }
                yield switch (metric) {
                    case UTILISATION -> c.utilisation();
                    case QUEUE -> c.queueDepth();
                    case WORKERS -> c.workers();
                    default -> c.failed();
                };
            }
        };
    }

    /** Whether the SLO held in each second so far: latency only where something completed, errors of what ended. */
    public boolean[] sloMet() {
        boolean[] met = new boolean[seconds];
        Drill.Slo slo = drill.slo();
        for (int s = 0; s < seconds; s++) {
            RunResult.Second second = run.seconds().get(s);
            double p99 = value(second, Drill.Metric.P99, null);
            boolean latency = slo.p99Ms() == null || Double.isNaN(p99) && second.failed().total() == 0 || p99 <= slo.p99Ms();
            boolean errors = slo.errorRatio() == null || value(second, Drill.Metric.ERRORS, null) <= slo.errorRatio();
            met[s] = latency && errors;
        }
        return met;
    }

    /** An alert's firings so far: each from the second it fired to the second it cleared (null while it fires). */
    public record Firing(Drill.Alert alert, double firedAt, @Nullable Double clearedAt) {
        public boolean firing() {
            return clearedAt == null;
        }
    }

    /**
     * Every firing of every alert, in the order they fired. An alert fires once its metric has been above the line for
     * the alert's {@code for}, and clears once it has been back under for as long: a metric that dips for a second
     * does not make the pager flap.
     */
    public List<Firing> firings() {
        List<Firing> firings = new ArrayList<>();
        for (Drill.Alert alert : drill.alerts()) {
            double[] values = series(alert.metric(), alert.component());
            int needed = Math.max(1, (int) Math.ceil(alert.forSeconds()));
            int above = 0;
            int below = 0;
            Double fired = null;
            for (int s = 0; s < values.length; s++) {
                boolean over = values[s] > alert.above();
                above = over ? above + 1 : 0;
                below = over ? 0 : below + 1;
                if (fired == null && above >= needed) {
                    fired = s + 1.0;
                } else if (fired != null && below >= needed) {
                    firings.add(new Firing(alert, fired, (double) s + 1));
                    fired = null;
                }
            }
            if (fired != null) {
                firings.add(new Firing(alert, fired, null));
            }
        }
        firings.sort(Comparator.comparingDouble(Firing::firedAt));
        return firings;
    }

    /** In a log line written on a metric, where the metric's value at that second goes. */
    public static final String VALUE = "{value}";

    /** A metric's value as a log line says it: milliseconds and counts whole, shares as whole percentages. */
    public static String valueText(Drill.Metric metric, double value) {
        return switch (metric) {
            case ERRORS, UTILISATION -> Math.round(value * 100) + "%";
            default -> String.valueOf(Math.round(value));
        };
    }

    /** A line of the system's log. */
    public record LogRecord(double atSecond, String source, Drill.LogLine.Level level, String text) {
        public String levelName() {
            return level.name();
        }
    }

    /**
     * The log so far, oldest first: a metric's lines every so often while it is above its value (with the value where
     * the text says {@value #VALUE}), a fault's when it starts, an action's when its effects apply ({@code applied}:
     * action id and second, in order).
     */
    public List<LogRecord> log(Map<String, Double> faultTimes, List<Map.Entry<String, Double>> applied) {
        List<LogRecord> lines = new ArrayList<>();
        for (Drill.LogLine line : drill.logs()) {
            if (line.metric() != null && line.above() != null) {
                double[] values = series(line.metric(), line.component());
                double every = Math.max(1, line.everySeconds());
                double last = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < values.length; s++) {
                    if (values[s] > line.above() && s - last >= every) {
                        lines.add(new LogRecord(s + 0.5, line.source(), line.level(), line.text().replace(VALUE, valueText(line.metric(), values[s]))));
                        last = s;
                    }
                }
            } else if (line.fault() != null && faultTimes.containsKey(line.fault()) && faultTimes.get(line.fault()) < seconds) {
                lines.add(new LogRecord(faultTimes.get(line.fault()), line.source(), line.level(), line.text()));
            } else if (line.action() != null) {
                for (Map.Entry<String, Double> a : applied) {
                    if (a.getKey().equals(line.action()) && a.getValue() < seconds) {
                        lines.add(new LogRecord(a.getValue(), line.source(), line.level(), line.text()));
                    }
                }
            }
        }
        lines.sort(Comparator.comparingDouble(LogRecord::atSecond));
        return lines;
    }

    /** A simulated second as the play shows it: 03:20, or 1:03:20 past an hour. */
    public static String clock(double seconds) {
        long s = (long) Math.floor(Math.max(0, seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
