package dev.ascent.teams.internal;

import dev.ascent.accounts.PersonalData;
import dev.ascent.teams.NotificationKind;
import dev.ascent.teams.NotificationsExport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The notifications section of an account's export, erased with the account. An import brings back which kinds the
 * person turned off; the notifications themselves point at teams on the server that wrote the file, so they stay there.
 */
@Component
@Order(42)
class NotificationData implements PersonalData {

    /** Every notification an account has: the export is its whole record, not the list page's hundred. */
    static final int ALL = 100_000;

    private final NotificationStore store;
    private final JsonMapper json;

    NotificationData(NotificationStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public NotificationsExport export(UUID accountId) {
        return new NotificationsExport(store.latest(accountId, ALL).reversed().stream()
                .map(n -> new NotificationsExport.NotificationRecord(n.kind(), n.title(), n.link(), n.createdAt(), n.readAt())).toList(),
                store.muted(accountId, NotificationStore.Channel.IN_APP).stream().sorted().toList(),
                store.muted(accountId, NotificationStore.Channel.EMAIL).stream().sorted().toList());
    }

    @Override
    public void erase(UUID accountId) {
        store.forget(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return store.any(accountId);
    }

    @Override
    public void restore(UUID accountId, JsonNode section) {
        NotificationsExport read;
        try {
            read = json.treeToValue(section, NotificationsExport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not in the shape Ascent exports: " + e.getOriginalMessage());
        }
        Set<NotificationKind> inApp = read.mutedInApp().isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(read.mutedInApp());
        Set<NotificationKind> email = read.mutedByEmail().isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(read.mutedByEmail());
        store.mute(accountId, inApp, email);
    }
}
