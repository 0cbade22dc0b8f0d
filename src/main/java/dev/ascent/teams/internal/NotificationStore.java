package dev.ascent.teams.internal;

import dev.ascent.teams.Notification;
import dev.ascent.teams.NotificationKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Notifications and the kinds people turned off. */
@Repository
public class NotificationStore {

    public enum Channel { IN_APP, EMAIL }

    private static final RowMapper<Notification> ROWS = (rs, n) -> {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), read == null ? null : read.toInstant());
    };

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID accountId, NotificationKind kind, String title, String link, Instant at) {
        jdbc.sql("""
                        insert into teams.notifications (id, account_id, kind, title, link, created_at)
                        values (:id, :account, :kind, :title, :link, :at)""")
                .param("id", id).param("account", accountId).param("kind", kind.name()).param("title", title).param("link", link)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** The account's newest {@code limit} notifications. */
    public List<Notification> latest(UUID accountId, int limit) {
        return jdbc.sql("select id, kind, title, link, created_at, read_at from teams.notifications where account_id = :account "
                        + "order by created_at desc, id desc limit :limit")
                .param("account", accountId).param("limit", limit).query(ROWS).list();
    }

    public Optional<Notification> find(UUID accountId, UUID id) {
        return jdbc.sql("select id, kind, title, link, created_at, read_at from teams.notifications where id = :id and account_id = :account")
                .param("id", id).param("account", accountId).query(ROWS).optional();
    }

    public int unread(UUID accountId) {
        return jdbc.sql("select count(*) from teams.notifications where account_id = :account and read_at is null")
                .param("account", accountId).query(Integer.class).single();
    }

    public void markRead(UUID accountId, UUID id, Instant at) {
        jdbc.sql("update teams.notifications set read_at = :at where id = :id and account_id = :account and read_at is null")
                .param("id", id).param("account", accountId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    public int markAllRead(UUID accountId, Instant at) {
        return jdbc.sql("update teams.notifications set read_at = :at where account_id = :account and read_at is null")
                .param("account", accountId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    public Set<NotificationKind> muted(UUID accountId, Channel channel) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        jdbc.sql("select kind from teams.notification_opt_outs where account_id = :account and channel = :channel")
                .param("account", accountId).param("channel", channel.name()).query(String.class).list()
                .forEach(kind -> kinds.add(NotificationKind.valueOf(kind)));
        return kinds;
    }

    /** The account's opt-outs become exactly these. */
    public void mute(UUID accountId, Set<NotificationKind> inApp, Set<NotificationKind> email) {
        jdbc.sql("delete from teams.notification_opt_outs where account_id = :account").param("account", accountId).update();
        for (var channel : Channel.values()) {
            Set<NotificationKind> kinds = channel == Channel.IN_APP ? inApp : email;
            if (!kinds.isEmpty()) {
                jdbc.sql("""
                                insert into teams.notification_opt_outs (account_id, kind, channel)
                                select :account, kind, :channel from unnest(:kinds::text[]) as kind""")
                        .param("account", accountId).param("channel", channel.name())
                        .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new)).update();
            }
        }
    }

    /** Whether the account got a notification of this kind since then (a digest is sent once a week). */
    public boolean sentSince(UUID accountId, NotificationKind kind, Instant since) {
        return jdbc.sql("select exists (select 1 from teams.notifications where account_id = :account and kind = :kind and created_at >= :since)")
                .param("account", accountId).param("kind", kind.name()).param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(Boolean.class).single();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("""
                        select exists (select 1 from teams.notifications where account_id = :account)
                            or exists (select 1 from teams.notification_opt_outs where account_id = :account)""")
                .param("account", accountId).query(Boolean.class).single();
    }

    public void forget(UUID accountId) {
        jdbc.sql("delete from teams.notifications where account_id = :account").param("account", accountId).update();
        jdbc.sql("delete from teams.notification_opt_outs where account_id = :account").param("account", accountId).update();
    }
}
