package dev.ascent.teams;

import java.util.UUID;

/** A member withdrew a review request that was still waiting for a mentor. */
public record ReviewWithdrawn(UUID teamId, UUID reviewId, UUID memberId, String title) {
}
