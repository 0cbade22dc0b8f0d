package dev.ascent.accounts;

import java.util.UUID;

/**
 * How many notifications an account has not read, for the header of every page ({@link Viewer#unreadNotifications}).
 * Implemented by the module that keeps notifications (teams), which depends on accounts and not the other way round.
 */
public interface UnreadNotifications {

    int unread(UUID accountId);
}
