package dev.ascent.practice.web;

import dev.ascent.lab.BuiltInModels;
import dev.ascent.lab.RunLimitReached;
import dev.ascent.lab.Simulations;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.practice.Scenario;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The simulated consequences of a scenario's options: each option that names a lab model is run with its changes
 * (once for everyone, then from the lab's cache) and set beside the scenario's baseline. Shown only once the
 * consequences are revealed.
 */
@Component
class SimulatedConsequences {

    /** A chart shows at most this many points: a 10-minute run becomes one point per 10 seconds. */
    static final int MAX_POINTS = 60;

    private final Simulations simulations;

    SimulatedConsequences(Simulations simulations) {
        this.simulations = simulations;
    }

    /** Option id → its simulated outcome, for the options that name a lab model. */
    Map<String, SimulatedOutcome> of(Scenario scenario) {
        Map<String, SimulatedOutcome> outcomes = new LinkedHashMap<>();
        if (scenario.options().stream().noneMatch(o -> o.lab() != null)) {
            return outcomes;
        }
        RunResult baseline = null;
        if (scenario.lab() != null) {
            try {
                baseline = simulations.simulate(scenario.lab().model(), scenario.lab().changes()).orElse(null);
            } catch (RunLimitReached busy) {
                baseline = null;   // each option still shows its own numbers
            }
        }
        for (Scenario.Option option : scenario.options()) {
            if (option.lab() != null) {
                outcome(option.lab(), baseline).ifPresent(o -> outcomes.put(option.id(), o));
            }
        }
        return outcomes;
    }

    private Optional<SimulatedOutcome> outcome(Scenario.LabLink lab, @Nullable RunResult baseline) {
        Optional<String> title = BuiltInModels.title(lab.model());
        if (title.isEmpty()) {
            return Optional.empty();   // a model a newer release no longer ships: the narrative stands alone
        }
        String href = labHref(lab);
        RunResult result;
        try {
            Optional<RunResult> run = simulations.simulate(lab.model(), lab.changes());
            if (run.isEmpty()) {
                return Optional.empty();
            }
            result = run.get();
        } catch (RunLimitReached busy) {
            return Optional.of(SimulatedOutcome.unavailable(lab.model(), title.get(), href,
                    "The lab is busy with other runs just now; reload this page in a few seconds to see the simulated numbers."));
        }
        return Optional.of(view(lab.model(), title.get(), href, result, baseline));
    }

    static SimulatedOutcome view(String modelId, String title, String href, RunResult r, @Nullable RunResult baseline) {
        RunResult.Summary s = r.summary();
        RunResult.Summary b = baseline == null ? null : baseline.summary();
        List<SimulatedOutcome.Figure> figures = List.of(
                figure("p99", ms(s.p99Ms()), b == null ? null : ms(b.p99Ms()), s.p99Ms(), b == null ? 0 : b.p99Ms(), true),
                figure("failed", percent(s.errorRatio()), b == null ? null : percent(b.errorRatio()), s.errorRatio(), b == null ? 0 : b.errorRatio(), true),
                figure("completed", rate(s.throughputPerSecond()), b == null ? null : rate(b.throughputPerSecond()),
                        s.throughputPerSecond(), b == null ? 0 : b.throughputPerSecond(), false));
        List<String> failures = new ArrayList<>();
        RunResult.Failures f = s.failures();
        add(failures, f.timeout(), s.arrived(), "timed out");
        add(failures, f.rejected(), s.arrived(), "rejected for lack of room");
        add(failures, f.dependencyError(), s.arrived(), "errors from a dependency");
        add(failures, f.circuitOpen(), s.arrived(), "refused by an open circuit breaker");
        add(failures, f.rateLimited(), s.arrived(), "refused by a rate limiter");
        List<SimulatedOutcome.Chart> charts = new ArrayList<>();
        boolean compare = baseline != null && baseline.seconds().size() == r.seconds().size();
        charts.add(chart("p99 latency of completed requests", "ms", r, compare ? baseline : null,
                sec -> sec.completed() == 0 ? Double.NaN : sec.p99Ms(), true));
        charts.add(chart("Failed requests", failedUnit(r), r, compare ? baseline : null, sec -> sec.failed().total(), false));
        return new SimulatedOutcome(modelId, title, href, figures, failures, r.bottleneck() == null ? null : r.bottleneck().component(),
                r.bottleneck() != null && r.bottleneck().saturated(), r.bottleneck() == null ? null : r.bottleneck().evidence(), r.reading(), charts,
                r.cutoff() == null ? null : r.cutoff().note(), null);
    }

    private static SimulatedOutcome.Figure figure(String label, String value, @Nullable String before, double now, double was, boolean lowerIsBetter) {
        if (before == null || before.equals(value)) {
            return new SimulatedOutcome.Figure(label, value, before, "same");
        }
        boolean better = lowerIsBetter ? now < was : now > was;
        return new SimulatedOutcome.Figure(label, value, before, better ? "better" : "worse");
    }

    private static void add(List<String> failures, long count, long arrived, String cause) {
        if (count > 0) {
            failures.add("%s %s (%s of requests)".formatted(String.format(Locale.ROOT, "%,d", count), cause, percent((double) count / Math.max(1, arrived))));
        }
    }

    /** A compact chart: seconds grouped so there are at most {@link #MAX_POINTS}, the worst second of each group. */
    private static SimulatedOutcome.Chart chart(String title, String unit, RunResult r, @Nullable RunResult baseline,
                                                ToDoubleFunction<RunResult.Second> value, boolean worst) {
        int n = r.seconds().size();
        int group = group(r);
        List<String> labels = new ArrayList<>();
        for (int start = 0; start < n; start += group) {
            labels.add(start + " s");
        }
        if (labels.size() < 2) {
            labels.add(n + " s");
        }
        List<Scenario.Series> series = new ArrayList<>();
        if (baseline != null) {
            series.add(new Scenario.Series("as things were", points(baseline, group, labels.size(), value, worst)));
        }
        series.add(new Scenario.Series("with this option", points(r, group, labels.size(), value, worst)));
        Scenario.Metric metric = new Scenario.Metric(title, unit, labels, series,
                group == 1 ? "One point a simulated second." : worst ? "One point per %d simulated seconds, the worst of them.".formatted(group)
                        : "One point per %d simulated seconds, their sum.".formatted(group));
        return new SimulatedOutcome.Chart(metric, SignalChart.of(metric));
    }

    private static String failedUnit(RunResult r) {
        int group = group(r);
        return group == 1 ? "a second" : "per %d s".formatted(group);
    }

    private static int group(RunResult r) {
        return Math.max(1, (int) Math.ceil(r.seconds().size() / (double) MAX_POINTS));
    }

    private static List<Double> points(RunResult r, int group, int count, ToDoubleFunction<RunResult.Second> value, boolean worst) {
        List<Double> points = new ArrayList<>(count);
        List<RunResult.Second> seconds = r.seconds();
        for (int i = 0; i < count; i++) {
            double max = 0;
            double sum = 0;
            int seen = 0;
            for (int s = i * group; s < Math.min(seconds.size(), (i + 1) * group); s++) {
                double v = value.applyAsDouble(seconds.get(s));
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                    sum += v;
                    seen++;
                }
            }
            double point = seen == 0 ? 0 : worst ? max : sum;
            points.add(Math.round(point * 10) / 10.0);
        }
        return points;
    }

    /** The lab's page for the model with the option's knobs filled in. */
    static String labHref(Scenario.LabLink lab) {
        StringBuilder href = new StringBuilder("/lab/models/").append(lab.model());
        char separator = '?';
        for (var change : lab.changes().entrySet()) {
            href.append(separator).append(URLEncoder.encode("knobs[" + change.getKey() + "]", StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(plain(change.getValue()), StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
    }

    static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        if (ms >= 1000) {
            return String.format(Locale.ROOT, ms >= 10_000 ? "%.0f s" : "%.1f s", ms / 1000);
        }
        return String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
    }

    static String percent(double ratio) {
        double p = ratio * 100;
        return p == 0 ? "0%" : p < 0.1 ? "under 0.1%" : String.format(Locale.ROOT, p >= 10 ? "%.0f%%" : "%.1f%%", p);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f/s" : "%.1f/s", perSecond);
    }
}
