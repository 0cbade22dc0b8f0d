package dev.ascent.lab.web;

import dev.ascent.lab.engine.Arrivals;
import dev.ascent.lab.engine.Call;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Distribution;
import dev.ascent.lab.engine.Fault;
import dev.ascent.lab.engine.Resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A model's parts in a few plain words each, for the model page. */
final class ModelText {

    private ModelText() {
    }

    static String arrivals(Arrivals arrivals) {
        return switch (arrivals) {
            case Arrivals.Constant c -> "exactly %s requests a second".formatted(n(c.perSecond()));
            case Arrivals.Poisson p -> "%s requests a second on average, at random (Poisson)".formatted(n(p.perSecond()));
            case Arrivals.Ramp r -> "from %s to %s requests a second over %s s".formatted(n(r.from()), n(r.to()), n(r.overSeconds()));
            case Arrivals.Spike s -> "%s requests a second, %s from second %s for %s s".formatted(n(s.base()), n(s.peak()), n(s.atSecond()), n(s.forSeconds()));
            case Arrivals.Diurnal d -> "%s ± %s requests a second in a %s s cycle".formatted(n(d.mean()), n(d.amplitude()), n(d.periodSeconds()));
        };
    }

    static String kind(Component component) {
        return switch (component) {
            case Component.LoadBalancer b -> "load balancer";
            case Component.Service s -> "service";
            case Component.Cache c -> "cache";
            case Component.Database d -> "database";
            case Component.Queue q -> "queue";
            case Component.External e -> "external dependency";
        };
    }

    static String details(Component component) {
        return switch (component) {
            case Component.LoadBalancer b -> "%s over %s".formatted(b.policy().name().toLowerCase(Locale.ROOT).replace('_', ' '), String.join(", ", b.targets()));
            case Component.Service s -> "%d replica%s × %d at a time, queue of %d; work %s%s".formatted(s.replicas(), s.replicas() == 1 ? "" : "s",
                    s.concurrency(), s.queueCapacity(), times(s.serviceTime()),
                    s.autoscaling() == null ? "" : "; autoscales %d–%d at %s%% busy, %s s to start a replica".formatted(s.autoscaling().min(),
                            s.autoscaling().max(), n(s.autoscaling().targetUtilisation() * 100), n(s.autoscaling().provisioningSeconds())));
            case Component.Cache c -> "%s%% hits in %s; refilled over %s s after a flush".formatted(n(c.hitRatio() * 100), distribution(c.hitLatency()), n(c.ttlSeconds()));
            case Component.Database d -> "%d connections; queries %s; callers wait up to %s ms for a connection".formatted(d.maxConnections(),
                    distribution(d.queryTime()), n(d.poolWaitMs()));
            case Component.Queue q -> "holds %d messages; %d consumer%s, each %s".formatted(q.capacity(), q.consumers(), q.consumers() == 1 ? "" : "s",
                    distribution(q.consumerTime()));
            case Component.External e -> "answers %s; fails %s%% of calls".formatted(distribution(e.latency()), n(e.errorRate() * 100));
        };
    }

    static List<String> calls(Component component) {
        List<Call> calls = switch (component) {
            case Component.Service s -> s.calls();
            case Component.Queue q -> q.calls();
            case Component.Cache c -> List.of(c.onMiss());
            default -> List.of();
        };
        List<String> lines = new ArrayList<>();
        for (Call call : calls) {
            List<String> parts = new ArrayList<>();
            parts.add((call.mode() == Call.Mode.ASYNC ? "publishes to " : component instanceof Component.Cache ? "on a miss calls " : "calls ") + call.target());
            if (call.probability() < 1) {
                parts.add("for %s%% of requests".formatted(n(call.probability() * 100)));
            }
            Resilience r = call.resilience();
            if (call.mode() == Call.Mode.SYNC) {
                parts.add(r.timeoutMs() == null ? "no timeout" : "timeout " + n(r.timeoutMs()) + " ms");
            }
            if (r.retry() != null) {
                parts.add("%d tries, backoff %s ms ×%s%s".formatted(r.retry().attempts(), n(r.retry().backoffMs()), n(r.retry().multiplier()),
                        r.retry().jitter() ? " with jitter" : ""));
            }
            if (r.circuitBreaker() != null) {
                parts.add("circuit breaker at %s%% failures of %d, open %s s".formatted(n(r.circuitBreaker().failureRatio() * 100),
                        r.circuitBreaker().window(), n(r.circuitBreaker().openSeconds())));
            }
            if (r.rateLimit() != null) {
                parts.add("rate limit %s/s (burst %d)".formatted(n(r.rateLimit().perSecond()), r.rateLimit().burst()));
            }
            if (r.bulkhead() != null) {
                parts.add("bulkhead of %d".formatted(r.bulkhead().maxConcurrent()));
            }
            lines.add(String.join(", ", parts));
        }
        return lines;
    }

    static String fault(Fault fault) {
        return "at %s s: ".formatted(n(fault.atSecond())) + switch (fault) {
            case Fault.KillReplicas k -> "%d replica%s of %s stop%s".formatted(k.count(), k.count() == 1 ? "" : "s", k.component(),
                    k.restoreAfterSeconds() == null ? "" : " (back after %s s)".formatted(n(k.restoreAfterSeconds())));
            case Fault.Slow s -> "%s becomes %s× slower for %s s".formatted(s.component(), n(s.factor()), n(s.forSeconds()));
            case Fault.ErrorBurst e -> "%s fails %s%% of its work for %s s".formatted(e.component(), n(e.errorRate() * 100), n(e.forSeconds()));
            case Fault.Failover f -> "%s fails over and answers nothing for %s s".formatted(f.database(), n(f.pauseSeconds()));
            case Fault.Partition p -> "%s cannot reach %s for %s s".formatted(p.from(), p.to(), n(p.forSeconds()));
            case Fault.CacheFlush c -> "%s is flushed".formatted(c.cache());
        };
    }

    private static String times(java.util.Map<String, Distribution> times) {
        if (times.size() == 1) {
            return distribution(times.values().iterator().next());
        }
        return times.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> (e.getKey().equals("*") ? "others" : e.getKey()) + " " + distribution(e.getValue())).collect(Collectors.joining(", "));
    }

    static String distribution(Distribution distribution) {
        return switch (distribution) {
            case Distribution.Constant c -> n(c.ms()) + " ms";
            case Distribution.Exponential e -> "about " + n(e.meanMs()) + " ms (exponential)";
            case Distribution.LogNormal l -> "median %s ms, p99 %s ms".formatted(n(l.medianMs()), n(l.p99Ms()));
            case Distribution.Percentiles p -> p.points().stream().map(pt -> "p%s %s ms".formatted(n(pt.quantile() * 100), n(pt.ms())))
                    .collect(Collectors.joining(", "));
        };
    }

    static String n(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "");
    }
}
