package dev.ascent.drills.play;

import dev.ascent.drills.Drill;
import dev.ascent.drills.PlayEntry;
import dev.ascent.lab.engine.Change;
import dev.ascent.lab.engine.Fault;
import dev.ascent.lab.engine.SystemModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a play makes of its drill: the lab model with the drill's duration and seed, its hidden faults at the seconds
 * drawn for this play, the faults a game master injected, and every action's effects as the engine's changes at the
 * second they apply (taken + the action's delay). The model's own fault timeline is left out: the drill's is the one.
 *
 * @param model   what the engine runs
 * @param changes what the engine applies while it runs
 * @param applies the second each action taken applies, by its log sequence number
 */
public record Timeline(SystemModel model, List<Change> changes, Map<Integer, Double> applies) {

    /** No entry is left out. */
    public static final int NONE = -1;

    public Timeline {
        changes = List.copyOf(changes);
        applies = Map.copyOf(applies);
    }

    /**
     * The timeline of a play whose log is {@code entries} (in order), leaving out the entry numbered {@code without}
     * (what would have happened had that action not been taken), or {@link #NONE}.
     */
    public static Timeline of(Drill drill, SystemModel base, Map<String, Double> faultTimes, List<PlayEntry> entries, int without) {
        List<Fault> faults = new ArrayList<>();
        Map<String, List<Integer>> byId = new HashMap<>();
        for (Drill.HiddenFault hidden : drill.faults()) {
            double at = faultTimes.getOrDefault(hidden.id(), hidden.atMinSeconds());
            byId.computeIfAbsent(hidden.id(), k -> new ArrayList<>()).add(faults.size());
            faults.add(Faults.at(hidden.fault(), at));
        }
        List<Change> changes = new ArrayList<>();
        Map<Integer, Double> applies = new LinkedHashMap<>();
        for (PlayEntry entry : entries) {
            if (entry.seq() == without) {
                continue;
            }
            if (entry.kind() == PlayEntry.Kind.INJECT && entry.ref() != null && entry.detail() != null) {
                Faults.Injection.of(entry.ref()).ifPresent(i -> faults.add(i.fault(entry.detail(), entry.atSecond())));
            } else if (entry.kind() == PlayEntry.Kind.ACTION && entry.ref() != null) {
                Drill.Action action = drill.action(entry.ref()).orElse(null);
                if (action == null) {
                    continue;   // an action a later version of the drill dropped: the play goes on without it
                }
                double at = entry.atSecond() + action.takesSeconds();
                applies.put(entry.seq(), at);
                for (Drill.Effect effect : action.effects()) {
                    switch (effect) {
                        case Drill.Effect.EndFault end -> byId.getOrDefault(end.fault(), List.of())
                                .forEach(index -> changes.add(new Change.EndFault(at, index)));
                        case Drill.Effect.Scale scale -> changes.add(new Change.Scale(at, scale.service(), scale.to(),
                                scale.by() == null ? 0 : scale.by()));
                        case Drill.Effect.ChangeCall call -> changes.add(new Change.ChangeCall(at, call.from(), call.to(), call.timeoutMs(),
                                call.attempts(), call.probability(), call.open()));
                        case Drill.Effect.LimitArrivals limit -> changes.add(new Change.LimitArrivals(at, limit.perSecond()));
                        case Drill.Effect.StartFault start -> {
                            if (start.id() != null) {
                                byId.computeIfAbsent(start.id(), k -> new ArrayList<>()).add(faults.size());
                            }
                            faults.add(Faults.at(start.fault(), at + start.fault().atSecond()));
                        }
                    }
                }
            }
        }
        SystemModel model = new SystemModel(base.id(), base.title(), base.summary(), base.topics(), drill.durationSeconds(), drill.seed(),
                base.workload(), base.components(), faults);
        return new Timeline(model, changes, applies);
    }
}
