package dev.ascent.drills;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing a person did in a play, at its simulated second: the on-call looked at a signal, acknowledged an alert or
 * took an action; a game master gave a hint or injected a fault. Alerts are not logged: the replay knows when they fired.
 *
 * @param ref    the dashboard, alert or action id; the fault kind of an injection
 * @param detail a hint's text; an injected fault as "component" or "from>to"
 */
public record PlayEntry(int seq, double atSecond, Kind kind, @Nullable String ref, @Nullable String detail, UUID actorId,
                        Instant at) {

    public enum Kind {
        LOOK, ACK, ACTION, HINT, INJECT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
