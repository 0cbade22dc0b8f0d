package dev.ascent.teams;

import java.util.UUID;

/**
 * What one member lets leads and mentors of one team see: progress (level, shares, the skill matrix, last
 * activity and their part of the feed), plan and pace (weeks ahead or behind), and checkpoints. Notes and the
 * journal are never shown. Everything is shared until the member says otherwise.
 */
public record Privacy(UUID teamId, UUID accountId, boolean shareProgress, boolean sharePlan, boolean shareCheckpoints, int version) {

    public static Privacy defaults(UUID teamId, UUID accountId) {
        return new Privacy(teamId, accountId, true, true, true, 0);
    }
}
