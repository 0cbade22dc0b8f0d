package dev.ascent.lab.engine;

import java.util.List;
import java.util.Map;

/**
 * The changes made while the model runs, as events. Checked when the run is set up, so a bad change is refused before
 * any simulated time passes; each is scheduled after the faults, so at one instant a fault starts first and changes
 * follow in list order.
 */
final class ChangeTimeline {

    private final List<Change> changes;
    /** The service a Scale names, the caller of a ChangeCall; -1 otherwise. */
    private final int[] station;
    /** The callee of a ChangeCall; -1 otherwise. */
    private final int[] other;
    private final Engine engine;
    private final FaultTimeline faults;
    private final boolean mayHealPartitions;

    ChangeTimeline(List<Change> changes, List<Fault> modelFaults, Map<String, Integer> indexOf, Engine engine,
                   FaultTimeline faults) {
        this.changes = List.copyOf(changes);
        this.engine = engine;
        this.faults = faults;
        this.station = new int[this.changes.size()];
        this.other = new int[this.changes.size()];
        boolean heals = false;
        for (int i = 0; i < this.changes.size(); i++) {
            Change c = this.changes.get(i);
            if (Double.isNaN(c.atSecond()) || Double.isInfinite(c.atSecond())) {
                throw new IllegalArgumentException("a change must happen at a finite second, not " + c.atSecond());
            }
            station[i] = -1;
            other[i] = -1;
            switch (c) {
                case Change.EndFault f -> {
                    if (f.fault() < 0 || f.fault() >= modelFaults.size()) {
                        throw new IllegalArgumentException("a change ends fault " + f.fault() + ", but the model has "
                                + modelFaults.size() + (modelFaults.size() == 1 ? " fault" : " faults"));
                    }
                    heals |= modelFaults.get(f.fault()) instanceof Fault.Partition;
                }
                case Change.Scale s -> {
                    station[i] = index(indexOf, s.service());
                    if (!(engine.stations[station[i]] instanceof ServiceStation)) {
                        throw new IllegalArgumentException("a change scales " + s.service() + ", which is a "
                                + engine.stations[station[i]].kind + ", not a service");
                    }
                }
                case Change.ChangeCall call -> {
                    station[i] = index(indexOf, call.from());
                    other[i] = index(indexOf, call.to());
                    if (!calls(engine.stations[station[i]], other[i])) {
                        throw new IllegalArgumentException("a change names the call from " + call.from() + " to "
                                + call.to() + ", which the model does not make");
                    }
                    check(call);
                }
                case Change.LimitArrivals l -> {
                    if (l.perSecond() != null && !(l.perSecond() >= 0 && l.perSecond() < Double.POSITIVE_INFINITY)) {
                        throw new IllegalArgumentException("a change limits arrivals to " + l.perSecond()
                                + " a second; the limit must be a finite number, 0 or more");
                    }
                }
            }
        }
        this.mayHealPartitions = heals;
    }

    private static int index(Map<String, Integer> indexOf, String id) {
        Integer i = indexOf.get(id);
        if (i == null) {
            throw new IllegalArgumentException("a change names unknown component " + id);
        }
        return i;
    }

    private static boolean calls(Station from, int to) {
        for (Edge e : from.edges) {
            if (e.target == to) {
                return true;
            }
        }
        return false;
    }

    private static void check(Change.ChangeCall call) {
        String edge = call.from() + " → " + call.to();
        if (call.timeoutMs() != null && !(call.timeoutMs() > 0 && call.timeoutMs() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a change sets the timeout of " + edge + " to " + call.timeoutMs()
                    + " ms; it must be a finite number above 0");
        }
        if (call.attempts() != null && call.attempts() < 1) {
            throw new IllegalArgumentException("a change sets the attempts of " + edge + " to " + call.attempts()
                    + "; it must be at least 1");
        }
        if (call.probability() != null && !(call.probability() >= 0 && call.probability() <= 1)) {
            throw new IllegalArgumentException("a change sets the probability of " + edge + " to " + call.probability()
                    + "; it must be between 0 and 1");
        }
    }

    /** Whether a change may end a partition early (then the engine keeps track of callers waiting on one). */
    boolean mayHealPartitions() {
        return mayHealPartitions;
    }

    void schedule() {
        for (int i = 0; i < changes.size(); i++) {
            engine.schedule(Math.max(0, changes.get(i).atSecond()), Engine.CHANGE, null, i, 0, 0);
        }
    }

    void apply(int i) {
        switch (changes.get(i)) {
            case Change.EndFault f -> faults.endEarly(f.fault());
            case Change.Scale s -> {
                ServiceStation service = (ServiceStation) engine.stations[station[i]];
                long count = s.to() != null ? s.to() : (long) service.replicas + s.by();
                service.scale((int) Math.clamp(count, 0, 1000));
            }
            case Change.ChangeCall call -> {
                for (Edge e : engine.stations[station[i]].edges) {
                    if (e.target == other[i]) {
                        e.change(call.timeoutMs(), call.attempts(), call.probability(), call.open());
                    }
                }
            }
            case Change.LimitArrivals l -> engine.entryLimit.set(l.perSecond(), engine.now);
        }
    }
}
