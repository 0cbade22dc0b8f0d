package dev.ascent.drills.format;

import dev.ascent.drills.Drill;
import dev.ascent.lab.engine.RunResult;

/** What the on-call would have seen in a run, second by second: when the SLO broke, when it paged, when it held again. */
record Signals(Drill drill, RunResult run) {

    static double errorRatio(RunResult.Second second) {
        long failed = second.failed().total();
        return second.completed() + failed == 0 ? 0 : (double) failed / (second.completed() + failed);
    }

    boolean breached(RunResult.Second second) {
        Drill.Slo slo = drill.slo();
        return slo.p99Ms() != null && second.p99Ms() > slo.p99Ms() || slo.errorRatio() != null && errorRatio(second) > slo.errorRatio();
    }

    int firstBreach() {
        return run.seconds().stream().filter(this::breached).mapToInt(RunResult.Second::second).findFirst().orElse(-1);
    }

    /** The first second by which a paging alert's metric has been above its threshold for its {@code for}. */
    int firstPage() {
        int first = -1;
        for (Drill.Alert alert : drill.alerts()) {
            if (alert.severity() != Drill.Alert.Severity.PAGE) {
                continue;
            }
            int since = -1;
            for (RunResult.Second second : run.seconds()) {
                if (value(alert.metric(), alert.component(), second) > alert.above()) {
                    since = since < 0 ? second.second() : since;
                    if (second.second() - since + 1 >= alert.forSeconds()) {
                        first = first < 0 ? second.second() : Math.min(first, second.second());
                        break;
                    }
                } else {
                    since = -1;
                }
            }
        }
        return first;
    }

    /** The second from which the SLO held for the drill's hold, after the first fault; -1 when it never did. */
    int recoveredAt() {
        double firstFault = drill.faults().stream().mapToDouble(Drill.HiddenFault::atMinSeconds).min().orElse(0);
        int since = -1;
        for (RunResult.Second second : run.seconds()) {
            if (second.second() < firstFault || breached(second)) {
                since = -1;
            } else {
                since = since < 0 ? second.second() : since;
                if (second.second() - since + 1 >= drill.holdSeconds()) {
                    return since;
                }
            }
        }
        return -1;
    }

    static double value(Drill.Metric metric, String component, RunResult.Second second) {
        return switch (metric) {
            case P50 -> second.p50Ms();
            case P95 -> second.p95Ms();
            case P99 -> second.p99Ms();
            case ERRORS -> errorRatio(second);
            case THROUGHPUT -> second.completed();
            case IN_FLIGHT -> second.inFlight();
            case UTILISATION, QUEUE, WORKERS, COMPONENT_ERRORS -> second.components().stream().filter(c -> c.component().equals(component))
                    .mapToDouble(c -> switch (metric) {
                        case UTILISATION -> c.utilisation();
                        case QUEUE -> c.queueDepth();
                        case WORKERS -> c.workers();
                        default -> 0;   // failures a second per component are not in the per-second series
                    }).findFirst().orElse(0);
        };
    }
}
