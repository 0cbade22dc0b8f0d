package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed publication is tried again with a growing wait, and not at all after the last attempt. */
class UnfinishedEventsTests {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    record Failed(int attempts, @Nullable Instant lastTry) implements EventPublication {
        @Override
        public UUID getIdentifier() {
            return UUID.nameUUIDFromBytes(new byte[]{(byte) attempts});
        }

        @Override
        public Object getEvent() {
            return "a mail";
        }

        @Override
        public Instant getPublicationDate() {
            return NOW.minus(Duration.ofDays(1));
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        @Override
        public Status getStatus() {
            return Status.FAILED;
        }

        @Override
        public Instant getLastResubmissionDate() {
            return lastTry;
        }

        @Override
        public int getCompletionAttempts() {
            return attempts;
        }
    }

    @Test
    void aFirstFailureIsTriedAgainAtOnceAndLaterOnesWaitLongerUpToAnHour() {
        assertThat(UnfinishedEvents.due(new Failed(1, NOW), NOW)).isTrue();
        assertThat(UnfinishedEvents.due(new Failed(2, NOW.minusSeconds(60)), NOW)).as("two failures wait 2 minutes").isFalse();
        assertThat(UnfinishedEvents.due(new Failed(2, NOW.minusSeconds(120)), NOW)).isTrue();
        assertThat(UnfinishedEvents.due(new Failed(5, NOW.minus(Duration.ofMinutes(15))), NOW)).as("five wait 16 minutes").isFalse();
        assertThat(UnfinishedEvents.due(new Failed(5, NOW.minus(Duration.ofMinutes(16))), NOW)).isTrue();
        assertThat(UnfinishedEvents.due(new Failed(20, NOW.minus(Duration.ofMinutes(59))), NOW)).as("never more than an hour").isFalse();
        assertThat(UnfinishedEvents.due(new Failed(20, NOW.minus(Duration.ofMinutes(60))), NOW)).isTrue();
    }

    @Test
    void afterTheLastAttemptAPublicationStaysFailedForAnOperatorToSee() {
        assertThat(UnfinishedEvents.due(new Failed(UnfinishedEvents.MAX_ATTEMPTS - 1, NOW.minus(Duration.ofHours(2))), NOW)).isTrue();
        assertThat(UnfinishedEvents.due(new Failed(UnfinishedEvents.MAX_ATTEMPTS, NOW.minus(Duration.ofDays(2))), NOW)).isFalse();
    }

    @Test
    void aPublicationNeverResubmittedCountsItsWaitFromWhenItWasPublished() {
        assertThat(UnfinishedEvents.due(new Failed(3, null), NOW)).isTrue();
    }
}
