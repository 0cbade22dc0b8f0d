package dev.ascent.teams;

import java.util.UUID;

/** A member asked their team for review, or sent the next iteration after changes were requested. */
public record ReviewRequested(UUID teamId, UUID reviewId, UUID memberId, String title, int iteration) {
}
