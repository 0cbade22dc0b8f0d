package dev.ascent.teams;

import java.util.UUID;

/** A mentor or lead gave a verdict on a member's review: approved, changes requested, signed off or declined. */
public record ReviewAnswered(UUID teamId, UUID reviewId, UUID memberId, String title, Verdict verdict, UUID by) {
}
