package dev.ascent.drills;

import dev.ascent.drills.play.Assessment;
import dev.ascent.drills.play.Signals;
import dev.ascent.lab.engine.SystemModel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A play as it stands at {@code clock}: its log, what the system shows (signals, alerts that fired, its log lines)
 * and how it is going. {@code viewerIsGameMaster} is true for the mentor who runs it; they also see the hidden faults.
 */
public record Live(Play play, Drill drill, SystemModel model, double clock, boolean paused, List<PlayEntry> log, Signals signals,
                   Assessment assessment, List<Signals.Firing> firings, List<Signals.LogRecord> lines, boolean viewerIsGameMaster,
                   UUID viewer) {

    public Live {
        log = List.copyOf(log);
        firings = List.copyOf(firings);
        lines = List.copyOf(lines);
    }

    public String clockText() {
        return Signals.clock(clock);
    }

    public String durationText() {
        return Signals.clock(drill.durationSeconds());
    }

    public boolean canAct() {
        return play.running() && play.playedBy(viewer);
    }

    public boolean canRunClock() {
        return play.running() && (play.playedBy(viewer) || viewerIsGameMaster);
    }

    public List<Signals.Firing> firing() {
        return firings.stream().filter(Signals.Firing::firing).toList();
    }

    /** Whether the on-call acknowledged this firing (an acknowledgement of its alert after it fired). */
    public boolean acknowledged(Signals.Firing firing) {
        return log.stream().anyMatch(e -> e.kind() == PlayEntry.Kind.ACK && firing.alert().id().equals(e.ref())
                && e.atSecond() >= firing.firedAt() - 1e-9);
    }

    /** The actions taken so far, with when each applies. */
    public List<Map.Entry<PlayEntry, Double>> actionsTaken() {
        return log.stream().filter(e -> e.kind() == PlayEntry.Kind.ACTION)
                .map(e -> Map.entry(e, e.atSecond() + drill.action(e.ref() == null ? "" : e.ref()).map(Drill.Action::takesSeconds).orElse(0.0)))
                .toList();
    }

    /** The last {@code n} log lines, newest first. */
    public List<Signals.LogRecord> recentLines(int n) {
        List<Signals.LogRecord> recent = new java.util.ArrayList<>(lines.subList(Math.max(0, lines.size() - n), lines.size()));
        java.util.Collections.reverse(recent);
        return recent;
    }

    /** Hints given so far, oldest first. */
    public List<PlayEntry> hints() {
        return log.stream().filter(e -> e.kind() == PlayEntry.Kind.HINT).toList();
    }

    public double progress() {
        return Math.min(1, clock / drill.durationSeconds());
    }
}
