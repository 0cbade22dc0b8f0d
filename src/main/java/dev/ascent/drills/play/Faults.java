package dev.ascent.drills.play;

import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Fault;
import dev.ascent.lab.engine.SystemModel;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/** Faults moved in time, drawn within their bounds, and the ones a game master may inject. */
public final class Faults {

    private Faults() {
    }

    /** The same fault starting at {@code at}. */
    public static Fault at(Fault fault, double at) {
        return switch (fault) {
            case Fault.KillReplicas k -> new Fault.KillReplicas(at, k.component(), k.count(), k.restoreAfterSeconds());
            case Fault.Slow s -> new Fault.Slow(at, s.component(), s.factor(), s.forSeconds());
            case Fault.ErrorBurst b -> new Fault.ErrorBurst(at, b.component(), b.errorRate(), b.forSeconds());
            case Fault.Failover f -> new Fault.Failover(at, f.database(), f.pauseSeconds());
            case Fault.Partition p -> new Fault.Partition(at, p.from(), p.to(), p.forSeconds());
            case Fault.CacheFlush c -> new Fault.CacheFlush(at, c.cache());
        };
    }

    /** A fault in words, for a game master and the debrief: "web 4× slower for 20:00". */
    public static String describe(Fault fault) {
        return switch (fault) {
            case Fault.KillReplicas k -> "%d replica%s of %s killed%s".formatted(k.count(), k.count() == 1 ? "" : "s", k.component(),
                    k.restoreAfterSeconds() == null ? "" : ", back after " + Signals.clock(k.restoreAfterSeconds()));
            case Fault.Slow s -> "%s %s× slower for %s".formatted(s.component(), number(s.factor()), Signals.clock(s.forSeconds()));
            case Fault.ErrorBurst b -> "%s fails %s%% of its work for %s".formatted(b.component(), number(b.errorRate() * 100), Signals.clock(b.forSeconds()));
            case Fault.Failover f -> "%s pauses %s s to fail over".formatted(f.database(), number(f.pauseSeconds()));
            case Fault.Partition p -> "no answers from %s to %s for %s".formatted(p.from(), p.to(), Signals.clock(p.forSeconds()));
            case Fault.CacheFlush c -> c.cache() + " flushed";
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A second in [min, max] drawn from the play's seed and the fault's id: the same play always draws the same. */
    public static double draw(long seed, String faultId, double min, double max) {
        if (max <= min) {
            return min;
        }
        SplittableRandom random = new SplittableRandom(seed ^ (faultId.hashCode() * 0x9E3779B97F4A7C15L));
        return Math.min(max, Math.floor(min + random.nextDouble() * (Math.floor(max - min) + 1)));
    }

    /** What a game master may inject into a running play. */
    public enum Injection {
        KILL_REPLICA("Kill a replica of a service for two minutes"),
        SLOW("Make a component three times slower for five minutes"),
        ERROR_BURST("Make a component fail 30% of its work for two minutes"),
        FLUSH_CACHE("Flush a cache"),
        FAILOVER("Pause a database for 20 s as it fails over"),
        PARTITION("Cut the path between two components for two minutes");

        private final String label;

        Injection(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Injection> of(@Nullable String key) {
            for (Injection i : values()) {
                if (i.key().equals(key)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /** The components of {@code model} this injection can hit (a partition: "from>to" for each call). */
        public List<String> targets(SystemModel model) {
            List<String> targets = new ArrayList<>();
            for (Component c : model.components()) {
                switch (this) {
                    case KILL_REPLICA -> {
                        if (c instanceof Component.Service) {
                            targets.add(c.id());
                        }
                    }
                    case SLOW, ERROR_BURST -> {
                        if (!(c instanceof Component.LoadBalancer)) {
                            targets.add(c.id());
                        }
                    }
                    case FLUSH_CACHE -> {
                        if (c instanceof Component.Cache) {
                            targets.add(c.id());
                        }
                    }
                    case FAILOVER -> {
                        if (c instanceof Component.Database) {
                            targets.add(c.id());
                        }
                    }
                    case PARTITION -> {
                        for (String to : callees(c)) {
                            targets.add(c.id() + ">" + to);
                        }
                    }
                }
            }
            return targets;
        }

        /** The fault at {@code at} on {@code target} (one of {@link #targets}). */
        public Fault fault(String target, double at) {
            return switch (this) {
                case KILL_REPLICA -> new Fault.KillReplicas(at, target, 1, 120.0);
                case SLOW -> new Fault.Slow(at, target, 3, 300);
                case ERROR_BURST -> new Fault.ErrorBurst(at, target, 0.3, 120);
                case FLUSH_CACHE -> new Fault.CacheFlush(at, target);
                case FAILOVER -> new Fault.Failover(at, target, 20);
                case PARTITION -> {
                    int arrow = target.indexOf('>');
                    yield new Fault.Partition(at, target.substring(0, arrow), target.substring(arrow + 1), 120);
                }
            };
        }
    }

    static List<String> callees(Component c) {
        return switch (c) {
            case Component.Service s -> s.calls().stream().map(dev.ascent.lab.engine.Call::target).distinct().toList();
            case Component.Queue q -> q.calls().stream().map(dev.ascent.lab.engine.Call::target).distinct().toList();
            case Component.Cache k -> List.of(k.onMiss().target());
            case Component.LoadBalancer b -> b.targets();
            default -> List.of();
        };
    }
}
