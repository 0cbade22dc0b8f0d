package dev.ascent.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Security events: what happened to which account, from where, and when. */
@Repository
public class AuditLog {

    public enum Type {
        SIGNED_UP, SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGNED_OUT, PASSWORD_CHANGED,
        PASSWORD_RESET_REQUESTED, PASSWORD_RESET, EMAIL_VERIFIED, TOKEN_CREATED, TOKEN_REVOKED,
        ACCOUNT_DISABLED, ACCOUNT_ENABLED, ROLE_CHANGED, DATA_EXPORTED, DATA_IMPORTED, ACCOUNT_DELETED
    }

    /** One entry; {@code accountEmail} is filled for the admin view only. */
    public record Event(long id, @Nullable UUID accountId, @Nullable String accountEmail, Type type, String detail,
                        String client, Instant at) {
    }

    private static final int MAX_TEXT = 300;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event in the caller's transaction (so it can refer to an account created in it);
     * sign-in runs outside any transaction, so a failed attempt is recorded at once.
     */
    public void record(@Nullable UUID accountId, Type type, String detail, String client) {
        jdbc.sql("insert into accounts.audit_events (account_id, type, detail, client) values (:account, :type, :detail, :client)")
                .param("account", accountId)
                .param("type", type.name())
                .param("detail", clip(detail))
                .param("client", clip(client))
                .update();
    }

    public List<Event> forAccount(UUID accountId, int limit) {
        return jdbc.sql("""
                        select id, account_id, null as email, type, detail, client, created_at
                        from accounts.audit_events where account_id = :account
                        order by created_at desc, id desc limit :limit
                        """)
                .param("account", accountId)
                .param("limit", limit)
                .query(this::event)
                .list();
    }

    public List<Event> all(int limit, int offset) {
        return jdbc.sql("""
                        select e.id, e.account_id, a.email, e.type, e.detail, e.client, e.created_at
                        from accounts.audit_events e left join accounts.accounts a on a.id = e.account_id
                        order by e.created_at desc, e.id desc limit :limit offset :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::event)
                .list();
    }

    private Event event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Event(rs.getLong("id"), rs.getObject("account_id", UUID.class), rs.getString("email"),
                Type.valueOf(rs.getString("type")), rs.getString("detail"), rs.getString("client"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String clip(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT) + "…";
    }
}
