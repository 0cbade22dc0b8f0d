package dev.ascent.lab.engine;

import java.util.ArrayList;
import java.util.List;

/** Turns what the engine measured into the result records. */
final class ResultBuilder {

    /** Little's law holds when λW is within this share of L ... */
    static final double LITTLE_TOLERANCE = 0.05;
    /** ... or within this absolute difference when L is small. */
    static final double LITTLE_ABSOLUTE = 0.01;

    private ResultBuilder() {
    }

    static RunResult build(Engine engine, String modelId, long seed) {
        Measurements m = engine.measurements;
        double reached = engine.now;
        double window = Math.max(1e-9, reached - m.warmTime);
        List<RunResult.ComponentResult> components = new ArrayList<>();
        List<RunResult.LittleCheck> little = new ArrayList<>();
        for (int i = 0; i < engine.stations.length; i++) {
            Station s = engine.stations[i];
            double[] warm = m.warmAreas[i];
            double busy = s.busyArea - warm[0];
            double capacity = s.capacityArea - warm[1];
            double meanQueue = (s.queueArea - warm[2]) / window;
            double meanInSystem = (s.systemArea - warm[3]) / window;
            components.add(new RunResult.ComponentResult(s.id, s.kind, s.bounded(), s.arrived, s.served,
                    RunResult.Failures.of(s.failed),
                    s.served == 0 ? 0 : s.sumResponse / s.served * 1000,
                    s.waits == 0 ? 0 : s.sumWait / s.waits * 1000,
                    s.departed == 0 ? 0 : s.sumSelf / s.departed * 1000,
                    percentile(s.latency.getTotalCount(), s.latency, 50),
                    percentile(s.latency.getTotalCount(), s.latency, 95),
                    percentile(s.latency.getTotalCount(), s.latency, 99),
                    s.bounded() && capacity > 0 ? busy / capacity : 0,
                    meanQueue, s.maxQueue, meanInSystem, s.served / window));
            little.add(little(s.id, s.arrived / window, s.departed == 0 ? 0 : s.sumSojourn / s.departed, meanInSystem));
        }
        RunResult.Summary summary = summary(m, window);
        List<RunResult.Second> seconds = seconds(engine, m);
        RunResult.Bottleneck bottleneck = BottleneckAnalysis.find(components, seconds, engine.stations);
        RunResult result = new RunResult(modelId, seed, engine.end, reached, engine.events, engine.cutoff, summary, seconds,
                components, bottleneck, little, "");
        return new RunResult(modelId, seed, engine.end, reached, engine.events, engine.cutoff, summary, seconds,
                components, bottleneck, little, Reading.of(result));
    }

    static RunResult.LittleCheck little(String id, double lambda, double w, double measuredL) {
        double predicted = lambda * w;
        double difference = Math.abs(predicted - measuredL);
        double relative = measuredL > 0 ? difference / measuredL : (predicted > 0 ? 1 : 0);
        boolean holds = relative <= LITTLE_TOLERANCE || (measuredL < 0.2 && difference <= LITTLE_ABSOLUTE);
        return new RunResult.LittleCheck(id, lambda, w, predicted, measuredL, relative, holds);
    }

    private static RunResult.Summary summary(Measurements m, double window) {
        long failed = m.failed;
        long ended = m.completed + failed;
        return new RunResult.Summary(m.arrived, m.completed, failed, m.inFlightNow(), RunResult.Failures.of(m.failedBy),
                m.countedCompleted / window, ended == 0 ? 0 : (double) failed / ended,
                m.countedCompleted == 0 ? 0 : m.sumLatency / m.countedCompleted * 1000,
                percentile(m.run.getTotalCount(), m.run, 50), percentile(m.run.getTotalCount(), m.run, 95),
                percentile(m.run.getTotalCount(), m.run, 99));
    }

    private static List<RunResult.Second> seconds(Engine engine, Measurements m) {
        List<RunResult.Second> seconds = new ArrayList<>(m.seconds);
        for (int s = 0; s < m.seconds; s++) {
            List<RunResult.ComponentSecond> perComponent = new ArrayList<>(engine.stations.length);
            for (int i = 0; i < engine.stations.length; i++) {
                perComponent.add(new RunResult.ComponentSecond(engine.stations[i].id, m.utilisation[i][s], m.queue[i][s],
                        m.system[i][s], m.workers[i][s], m.componentFailed[i][s]));
            }
            double[] p = m.percentiles[s];
            seconds.add(new RunResult.Second(s, m.arrivals[s], m.completions[s], RunResult.Failures.of(m.failures[s]),
                    p[0], p[1], p[2], m.inFlight[s], perComponent));
        }
        return seconds;
    }

    private static double percentile(long count, org.HdrHistogram.Histogram histogram, double p) {
        return count == 0 ? 0 : histogram.getValueAtPercentile(p) / 1000.0;
    }
}
