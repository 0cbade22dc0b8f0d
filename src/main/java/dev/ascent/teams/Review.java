package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's request for review, as the queue and the thread show it. {@code item} names what is reviewed
 * ({@code project:<enrolment>:<project>}, {@code decision:<id>}, {@code attempt:<id>}, {@code checkpoint:<enrolment>:<checkpoint>}).
 */
public record Review(UUID id, UUID teamId, String teamName, UUID memberId, String memberName, ReviewKind kind, String item, String title,
                     @Nullable String roadmapId, ReviewState state, int iteration, Instant requestedAt, Instant waitingSince,
                     @Nullable Instant decidedAt, @Nullable String decidedBy, int version) {

    /** The same review with the member's name. */
    public Review named(String name) {
        return new Review(id, teamId, teamName, memberId, name, kind, item, title, roadmapId, state, iteration, requestedAt, waitingSince,
                decidedAt, decidedBy, version);
    }

    /** "waiting 3 days", "waiting 5 hours", "waiting a few minutes": how long it has waited for a mentor. */
    public String waiting(Instant now) {
        Duration waited = Duration.between(waitingSince, now);
        long days = waited.toDays();
        long hours = waited.toHours();
        if (days >= 1) {
            return days == 1 ? "waiting 1 day" : "waiting " + days + " days";
        }
        if (hours >= 1) {
            return hours == 1 ? "waiting 1 hour" : "waiting " + hours + " hours";
        }
        return "waiting a few minutes";
    }
}
