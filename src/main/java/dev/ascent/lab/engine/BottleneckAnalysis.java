package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * Names the component that limited the system, with its evidence: the busiest component with a fixed number of
 * workers (its utilisation, from when it was busy, how its queue grew) and where the request time accrued (each
 * component's waiting plus own work, as a share of all of it). When several are about as busy (within
 * {@value #TIE} of the busiest), the one whose workers were busiest with their own work is named, not one whose
 * workers were mostly blocked waiting on it.
 */
final class BottleneckAnalysis {

    static final double BUSY = 0.9;
    static final double TIE = 0.02;

    private BottleneckAnalysis() {
    }

    static RunResult.@Nullable Bottleneck find(List<RunResult.ComponentResult> components, List<RunResult.Second> seconds,
                                              Station[] stations) {
        if (components.isEmpty()) {
            return null;
        }
        double totalSelf = 0;
        int latencyAt = 0;
        for (int i = 0; i < stations.length; i++) {
            totalSelf += stations[i].sumSelf;
            if (stations[i].sumSelf > stations[latencyAt].sumSelf) {
                latencyAt = i;
            }
        }
        double busiest = -1;
        for (RunResult.ComponentResult c : components) {
            if (c.bounded()) {
                busiest = Math.max(busiest, c.utilisation());
            }
        }
        int chosen = -1;
        for (int i = 0; i < components.size(); i++) {
            RunResult.ComponentResult c = components.get(i);
            if (c.bounded() && c.utilisation() >= busiest - TIE
                    && (chosen < 0 || ownUtilisation(stations[i]) > ownUtilisation(stations[chosen]))) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            chosen = latencyAt;
        }
        RunResult.ComponentResult c = components.get(chosen);
        int n = seconds.size();
        int edge = Math.max(1, n / 10);
        double queueStart = meanQueue(seconds, chosen, 0, Math.min(n, edge));
        double queueEnd = meanQueue(seconds, chosen, Math.max(0, n - edge), n);
        int busyFrom = -1;
        double busySum = 0;
        for (int s = 0; s < n; s++) {
            double u = seconds.get(s).components().get(chosen).utilisation();
            if (busyFrom < 0 && u >= BUSY) {
                busyFrom = s;
            }
            if (busyFrom >= 0) {
                busySum += u;
            }
        }
        double busyAfter = busyFrom < 0 ? 0 : busySum / (n - busyFrom);
        boolean queueGrew = queueEnd > queueStart + 10 && queueEnd > 2 * queueStart;
        boolean saturated = c.bounded() && (c.utilisation() >= BUSY || busyAfter >= BUSY || queueGrew);
        double share = totalSelf > 0 ? stations[latencyAt].sumSelf / totalSelf : 0;
        String latencyId = stations[latencyAt].id;
        String evidence = evidence(c, busyFrom, busyAfter, queueStart, queueEnd, latencyId, share);
        return new RunResult.Bottleneck(c.id(), c.utilisation(), busyFrom, queueStart, queueEnd, c.maxQueue(), latencyId,
                share, saturated, evidence);
    }

    private static double ownUtilisation(Station s) {
        return s.capacityArea > 0 ? s.ownWork / s.capacityArea : 0;
    }

    private static double meanQueue(List<RunResult.Second> seconds, int component, int from, int to) {
        if (to <= from) {
            return 0;
        }
        double sum = 0;
        for (int s = from; s < to; s++) {
            sum += seconds.get(s).components().get(component).queueDepth();
        }
        return sum / (to - from);
    }

    private static String evidence(RunResult.ComponentResult c, int busyFrom, double busyAfter, double queueStart,
                                   double queueEnd, String latencyId, double share) {
        StringBuilder text = new StringBuilder(c.id()).append(": ");
        if (c.bounded()) {
            text.append(percent(c.utilisation())).append(" busy over the run");
            if (busyFrom >= 0) {
                text.append(", first 90% busy in second ").append(busyFrom).append(" and ").append(percent(busyAfter))
                        .append(" on average from then on");
            }
            text.append("; queue ").append(number(queueStart)).append(" at the start, ").append(number(queueEnd))
                    .append(" at the end, ").append(c.maxQueue()).append(" at most");
        } else {
            text.append("no fixed number of workers");
        }
        text.append("; ").append(percent(share)).append(" of the time requests spent accrued at ").append(latencyId);
        return text.toString();
    }

    static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }

    static String number(double value) {
        return value >= 10 ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }
}
