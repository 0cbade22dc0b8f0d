package dev.ascent.drills;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One play of a drill by an on-call engineer ({@code accountId}), possibly run by a game master (a mentor of their
 * team). Everything that happened is in its log; the simulation is replayed from its seed, the drawn fault times and
 * the log up to {@code clockSeconds}.
 *
 * @param faultTimes the second each hidden fault starts in this play, by fault id
 * @param result     the numbers of a play that has ended; null while it runs
 */
public record Play(UUID id, UUID accountId, @Nullable UUID gameMasterId, @Nullable UUID teamId, String drillId, String drillTitle,
                   int drillVersion, long seed, Map<String, Double> faultTimes, double speed, double clockSeconds, State state,
                   Instant startedAt, @Nullable Instant endedAt, @Nullable PlayResult result, int version) {

    public Play {
        faultTimes = Map.copyOf(faultTimes);
    }

    public enum State {
        RUNNING("Running"), RECOVERED("Recovered"), TIMED_OUT("Time ran out"), ABANDONED("Abandoned");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean playedBy(UUID account) {
        return accountId.equals(account);
    }

    public boolean runBy(UUID account) {
        return account.equals(gameMasterId);
    }
}
