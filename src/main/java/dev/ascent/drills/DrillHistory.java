package dev.ascent.drills;

import dev.ascent.drills.internal.DebriefStore;
import dev.ascent.drills.internal.PlayStore;
import dev.ascent.drills.play.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An engineer's drills over time: every play that ended, its times to detect and mitigate, and the trend. */
@Service
public class DrillHistory {

    /** Plays a history shows: years of weekly drills. */
    static final int MAX_PLAYS = 500;

    /** One play in the history, with whether its debrief was written. */
    public record Row(Play play, boolean debriefed) {
        public @Nullable PlayResult result() {
            return play.result();
        }
    }

    /**
     * @param rows      ended plays, oldest first
     * @param running   plays not ended yet
     */
    public record History(List<Row> rows, List<Play> running, @Nullable Double medianDetect, @Nullable Double medianMitigate,
                          long recovered, @Nullable String trend) {

        public double longestMitigate() {
            return rows.stream().map(Row::result).filter(r -> r != null && r.timeToMitigate() != null)
                    .mapToDouble(r -> r.timeToMitigate()).max().orElse(0);
        }
    }

    private final PlayStore plays;
    private final DebriefStore debriefs;

    DrillHistory(PlayStore plays, DebriefStore debriefs) {
        this.plays = plays;
        this.debriefs = debriefs;
    }

    public History of(UUID accountId) {
        List<Play> all = plays.played(accountId, MAX_PLAYS);
        List<Play> ended = all.stream().filter(p -> !p.running() && p.result() != null).toList();
        Set<UUID> written = Set.copyOf(debriefs.written(ended.stream().map(Play::id).toList()));
        List<Row> rows = ended.stream().map(p -> new Row(p, written.contains(p.id()))).toList();
        List<Double> detect = ended.stream().map(p -> p.result().timeToDetect()).filter(java.util.Objects::nonNull).sorted().toList();
        List<Double> mitigate = ended.stream().map(p -> p.result().timeToMitigate()).filter(java.util.Objects::nonNull).toList();
        long recovered = ended.stream().filter(p -> p.state() == Play.State.RECOVERED).count();
        return new History(rows, all.stream().filter(Play::running).toList(), median(detect),
                median(mitigate.stream().sorted().toList()), recovered, trend(mitigate));
    }

    private static @Nullable Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Time to mitigate, the first plays against the last, once there are enough to say. */
    static @Nullable String trend(List<Double> mitigate) {
        if (mitigate.size() < 2) {
            return null;
        }
        int half = Math.max(1, mitigate.size() / 2);
        double early = mitigate.subList(0, half).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double late = mitigate.subList(mitigate.size() - half, mitigate.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        String range = half == 1 ? "from %s in your first mitigated play to %s in your last" : "from %s on average in your first %d mitigated plays to %s in your last %d";
        String from = Signals.clock(early);
        String to = Signals.clock(late);
        String words = half == 1 ? range.formatted(from, to) : range.formatted(from, half, to, half);
        return (late < early ? "Faster: time to mitigate went " : late > early ? "Slower: time to mitigate went " : "Steady: time to mitigate stayed the same, ") + words + ".";
    }
}
