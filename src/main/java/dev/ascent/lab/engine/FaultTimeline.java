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
    /** Ended by a change: a fault not started yet never starts. */
    private final boolean[] ended;
    /** When a partition or a failover started by its fault ends. */
    private final double[] until;
    private final Engine engine;

    FaultTimeline(List<Fault> faults, Map<String, Integer> indexOf, Engine engine) {
        this.faults = faults;
        this.engine = engine;
        this.station = new int[faults.size()];
        this.other = new int[faults.size()];
        this.active = new boolean[faults.size()];
        this.killed = new int[faults.size()];
        this.ended = new boolean[faults.size()];
        this.until = new double[faults.size()];
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
        if (ended[i]) {
            return;
        }
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
                until[i] = engine.now + o.pauseSeconds();
            }
            case Fault.Partition p -> {
                until[i] = engine.now + p.forSeconds();
                engine.partition(station[i], other[i], until[i]);
            }
            case Fault.CacheFlush c -> {
                if (s instanceof CacheStation cache) {
                    cache.flush();
                }
            }
        }
    }

    void end(int i) {
        if (!active[i]) {
            return; // ended early by a change
        }
        active[i] = false;
        if (faults.get(i) instanceof Fault.KillReplicas && engine.stations[station[i]] instanceof ServiceStation service) {
            service.restore(killed[i]);
        } else {
            recompute(station[i]);
        }
    }

    /** A change ends fault {@code i} now: if it has not started, it never will; if it is active, it stops now. */
    void endEarly(int i) {
        ended[i] = true;
        if (!active[i]) {
            return;
        }
        double now = engine.now;
        switch (faults.get(i)) {
            case Fault.KillReplicas k -> end(i);
            case Fault.Slow sl -> end(i);
            case Fault.ErrorBurst b -> end(i);
            case Fault.Partition p -> {
                if (now < until[i]) {
                    active[i] = false;
                    until[i] = now;
                    engine.healPartition(station[i], other[i], partitionUntil(station[i], other[i]));
                }
            }
            case Fault.Failover o -> {
                if (now < until[i] && engine.stations[station[i]] instanceof DatabaseStation db) {
                    active[i] = false;
                    until[i] = now;
                    db.endPause();
                }
            }
            case Fault.CacheFlush c -> active[i] = false;
        }
    }

    /** When the partitions still active from → to end (negative infinity when none is). */
    private double partitionUntil(int from, int to) {
        double last = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < faults.size(); j++) {
            if (active[j] && faults.get(j) instanceof Fault.Partition && station[j] == from && other[j] == to) {
                last = Math.max(last, until[j]);
            }
        }
        return last;
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
