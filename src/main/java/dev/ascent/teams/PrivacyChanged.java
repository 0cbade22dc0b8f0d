package dev.ascent.teams;

import java.util.UUID;

/** A member changed what their team may see of them. */
public record PrivacyChanged(UUID teamId, UUID accountId, boolean shareProgress, boolean sharePlan, boolean shareCheckpoints) {
}
