package dev.ascent.drills.play;

import dev.ascent.drills.Drill;
import dev.ascent.drills.PlayEntry;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a play stands at its clock: when the first fault started and the first alert fired, when the on-call first
 * acknowledged or acted, whether and when the SLO came back and held for the drill's hold, and the failed requests
 * against the error budget.
 */
public record Assessment(double firstFaultSecond, @Nullable Double firstAlertSecond, @Nullable Double detectedSecond,
                         @Nullable Double breachedSecond, @Nullable Double mitigatedSecond, boolean recovered, long failed) {

    public static Assessment of(Drill drill, Map<String, Double> faultTimes, Signals signals, List<PlayEntry> entries, UUID player) {
        double firstFault = faultTimes.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        Double firstAlert = signals.firings().stream().map(Signals.Firing::firedAt).findFirst().orElse(null);
        Double detected = entries.stream()
                .filter(e -> e.actorId().equals(player) && (e.kind() == PlayEntry.Kind.ACK || e.kind() == PlayEntry.Kind.ACTION))
                .map(PlayEntry::atSecond).findFirst().orElse(null);
        boolean[] met = signals.sloMet();
        int hold = Math.max(1, (int) Math.ceil(drill.holdSeconds()));
        Integer breached = null;
        Integer mitigated = null;
        for (int s = (int) Math.floor(firstFault); s < met.length; s++) {
            if (!met[s]) {
                breached = breached == null ? s : breached;
                mitigated = null;
            } else if (breached != null && mitigated == null) {
                mitigated = s;
            }
        }
        boolean recovered = mitigated != null && met.length - mitigated >= hold;
        return new Assessment(firstFault, firstAlert, detected, breached == null ? null : breached.doubleValue(),
                mitigated == null ? null : mitigated.doubleValue(), recovered, signals.run().summary().failed());
    }
}
