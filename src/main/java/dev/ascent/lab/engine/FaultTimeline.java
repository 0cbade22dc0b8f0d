package dev.ascent.lab.engine;

import java.util.List;
import java.util.Map;

/** The model's faults as events: each starts at its second and, when it lasts a while, ends. */
final class FaultTimeline {

    private final List<Fault> faults;
    private final int[] station;
    private final int[] other;
    private final boolean[] active;
    private final int[] killed;
    private final Engine engine;

    FaultTimeline(List<Fault> faults, Map<String, Integer> indexOf, Engine engine) {
        this.faults = faults;
        this.engine = engine;
        this.station = new int[faults.size()];
        this.other = new int[faults.size()];
        this.active = new boolean[faults.size()];
        this.killed = new int[faults.size()];
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            station[i] = index(indexOf, switch (f) {
                case Fault.KillReplicas k -> k.component();
                case Fault.Slow s -> s.component();
                case Fault.ErrorBurst b -> b.component();
                case Fault.Failover o -> o.database();
                case Fault.Partition p -> p.from();
                case Fault.CacheFlush c -> c.cache();
            });
            other[i] = f instanceof Fault.Partition p ? index(indexOf, p.to()) : -1;
        }
    }

    private static int index(Map<String, Integer> indexOf, String id) {
        Integer i = indexOf.get(id);
        if (i == null) {
            throw new IllegalArgumentException("a fault names unknown component " + id);
        }
        return i;
    }

    void schedule() {
        for (int i = 0; i < faults.size(); i++) {
            engine.schedule(Math.max(0, faults.get(i).atSecond()), Engine.FAULT_START, null, i, 0, 0);
        }
    }

    void start(int i) {
        Fault f = faults.get(i);
        Station s = engine.stations[station[i]];
        active[i] = true;
        switch (f) {
            case Fault.KillReplicas k -> {
                if (s instanceof ServiceStation service) {
                    int before = service.replicas;
                    service.kill(k.count());
                    killed[i] = before - service.replicas;
                    if (k.restoreAfterSeconds() != null) {
                        engine.schedule(engine.now + k.restoreAfterSeconds(), Engine.FAULT_END, null, i, 0, 0);
                    }
                }
            }
            case Fault.Slow sl -> {
                recompute(station[i]);
                engine.schedule(engine.now + sl.forSeconds(), Engine.FAULT_END, null, i, 0, 0);
            }
            case Fault.ErrorBurst b -> {
                recompute(station[i]);
                engine.schedule(engine.now + b.forSeconds(), Engine.FAULT_END, null, i, 0, 0);
            }
            case Fault.Failover o -> {
                if (s instanceof DatabaseStation db) {
                    db.failover(o.pauseSeconds());
                }
            }
            case Fault.Partition p -> engine.partition(station[i], other[i], engine.now + p.forSeconds());
            case Fault.CacheFlush c -> {
                if (s instanceof CacheStation cache) {
                    cache.flush();
                }
            }
        }
    }

    void end(int i) {
        active[i] = false;
        if (faults.get(i) instanceof Fault.KillReplicas && engine.stations[station[i]] instanceof ServiceStation service) {
            service.restore(killed[i]);
        } else {
            recompute(station[i]);
        }
    }

    /** A component's slow factor and burst rate from the faults active on it now. */
    private void recompute(int index) {
        double factor = 1;
        double passes = 1;
        for (int i = 0; i < faults.size(); i++) {
            if (!active[i] || station[i] != index) {
                continue;
            }
            if (faults.get(i) instanceof Fault.Slow s) {
                factor *= s.factor();
            } else if (faults.get(i) instanceof Fault.ErrorBurst b) {
                passes *= 1 - Math.clamp(b.errorRate(), 0, 1);
            }
        }
        Station s = engine.stations[index];
        s.slowFactor = factor;
        s.burstRate = 1 - passes;
    }
}
