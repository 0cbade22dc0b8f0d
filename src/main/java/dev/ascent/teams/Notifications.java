package dev.ascent.teams;

import dev.ascent.accounts.UnreadNotifications;
import dev.ascent.platform.CacheConfiguration;
import dev.ascent.teams.internal.NotificationStore;
import dev.ascent.teams.internal.NotificationStore.Channel;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-app notifications: what happened for a person (someone joined their team, a check-in was opened with them or
 * agreed), listed newest first with the page to look at, an unread count in the header, and each kind turned off
 * in the app or by email as the person likes. The unread count is cached for a few seconds per account, so a page
 * view does not ask the database each time; reading or a new notification on this instance clears it at once.
 */
@Service
public class Notifications implements UnreadNotifications {

    /** How many a list shows (older ones stay, unread count included, until erased with the account). */
    public static final int LIST = 100;
    /** The longest title kept: a notification names a team and a person, never a text someone wrote. */
    static final int MAX_TITLE = 300;

    private final NotificationStore store;
    private final ApplicationEventPublisher events;
    private final Cache unread;
    private final Clock clock;
    private final dev.ascent.teams.internal.NotificationMailer mailer;

    Notifications(NotificationStore store, ApplicationEventPublisher events, CacheManager caches, Clock clock,
                  dev.ascent.teams.internal.NotificationMailer mailer) {
        this.store = store;
        this.events = events;
        this.unread = CacheConfiguration.named(caches, CacheConfiguration.UNREAD_NOTIFICATIONS);
        this.clock = clock;
        this.mailer = mailer;
    }

    @Override
    public int unread(UUID accountId) {
        Integer count = unread.get(accountId, () -> store.unread(accountId));
        return count == null ? 0 : count;
    }

    public List<Notification> list(UUID me) {
        return store.latest(me, LIST);
    }

    /** Marks one read and answers where it points; empty when it is not the account's. */
    @Transactional
    public Optional<String> open(UUID me, UUID notificationId) {
        Optional<Notification> found = store.find(me, notificationId);
        found.ifPresent(n -> {
            store.markRead(me, notificationId, clock.instant());
            unread.evict(me);
        });
        return found.map(Notification::link);
    }

    @Transactional
    public int markAllRead(UUID me) {
        int marked = store.markAllRead(me, clock.instant());
        unread.evict(me);
        return marked;
    }

    public NotificationSettings settings(UUID me) {
        return new NotificationSettings(store.muted(me, Channel.IN_APP), store.muted(me, Channel.EMAIL), mailer.enabled());
    }

    /** Turns off every kind the form leaves unchecked. */
    @Transactional
    public NotificationSettings save(UUID me, NotificationSettingsForm form) {
        Set<NotificationKind> mutedInApp = EnumSet.allOf(NotificationKind.class);
        form.inAppOrNone().forEach(mutedInApp::remove);
        Set<NotificationKind> mutedByEmail = EnumSet.allOf(NotificationKind.class);
        form.emailOrNone().forEach(mutedByEmail::remove);
        store.mute(me, mutedInApp, mutedByEmail);
        return settings(me);
    }

    /**
     * Adds a notification for the account unless they turned its kind off in the app; its email copy follows from
     * {@link NotificationCreated} (sent once the mail server took it, through the event publication registry).
     */
    @Transactional
    public void notify(UUID accountId, NotificationKind kind, String title, String link) {
        if (store.muted(accountId, Channel.IN_APP).contains(kind)) {
            return;
        }
        UUID id = UUID.randomUUID();
        String clipped = title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
        store.insert(id, accountId, kind, clipped, link, clock.instant());
        unread.evict(accountId);
        events.publishEvent(new NotificationCreated(id, accountId, kind));
    }
}
