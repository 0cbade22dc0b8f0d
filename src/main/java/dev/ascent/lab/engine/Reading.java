package dev.ascent.lab.engine;

import java.util.Locale;

/** One paragraph in plain words on what happened in a run, from its numbers. */
final class Reading {

    private Reading() {
    }

    static String of(RunResult r) {
        StringBuilder text = new StringBuilder();
        RunResult.Bottleneck b = r.bottleneck();
        if (b != null && b.saturated()) {
            text.append(b.component()).append(" was the bottleneck: ").append(BottleneckAnalysis.percent(b.utilisation()))
                    .append(" busy over the run");
            if (b.busyFromSecond() >= 0) {
                text.append(", first 90% busy in second ").append(b.busyFromSecond());
            }
            text.append(", and its queue grew to ").append(b.maxQueue());
        } else if (b != null) {
            text.append("No component was saturated: the busiest, ").append(b.component()).append(", was ")
                    .append(BottleneckAnalysis.percent(b.utilisation())).append(" busy");
        } else {
            text.append("The model has no components");
        }
        if (b != null && b.latencyShare() > 0 && !b.latencyComponent().equals(b.component())) {
            text.append(", while most of the time requests spent (").append(BottleneckAnalysis.percent(b.latencyShare()))
                    .append(") accrued at ").append(b.latencyComponent());
        }
        text.append(". ");
        RunResult.Summary s = r.summary();
        if (s.failed() > 0) {
            FailureCause top = FailureCause.TIMEOUT;
            for (FailureCause cause : FailureCause.ALL) {
                if (s.failures().of(cause) > s.failures().of(top)) {
                    top = cause;
                }
            }
            text.append(BottleneckAnalysis.percent(s.errorRatio())).append(" of requests failed, most of them ")
                    .append(describe(top)).append(" (").append(s.failures().of(top)).append(")");
            int worst = worstSecond(r);
            if (worst >= 0) {
                text.append("; the worst second was ").append(worst).append(", with ")
                        .append(r.seconds().get(worst).failed().total()).append(" failures");
            }
            text.append(". ");
        } else if (s.arrived() > 0) {
            text.append("No request failed. ");
        }
        if (s.completed() > 0) {
            text.append("End to end, p50 was ").append(ms(s.p50Ms())).append(" and p99 ").append(ms(s.p99Ms()))
                    .append(", at ").append(BottleneckAnalysis.number(s.throughputPerSecond())).append(" requests a second.");
        } else {
            text.append("No request completed.");
        }
        if (r.cutoff() != null) {
            text.append(" The run was cut off: ").append(r.cutoff().note()).append('.');
        }
        return text.toString();
    }

    private static String describe(FailureCause cause) {
        return switch (cause) {
            case TIMEOUT -> "timed out";
            case REJECTED -> "rejected for lack of room";
            case DEPENDENCY_ERROR -> "errors from a dependency";
            case CIRCUIT_OPEN -> "refused by an open circuit breaker";
            case RATE_LIMITED -> "refused by a rate limiter";
        };
    }

    private static int worstSecond(RunResult r) {
        int worst = -1;
        long most = 0;
        for (RunResult.Second second : r.seconds()) {
            if (second.failed().total() > most) {
                most = second.failed().total();
                worst = second.second();
            }
        }
        return worst;
    }

    private static String ms(double ms) {
        return ms >= 100 ? Math.round(ms) + " ms" : String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
