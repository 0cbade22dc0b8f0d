package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The accounts table. Emails are stored lower-case, which makes them unique regardless of case. */
@Repository
public class AccountStore {

    /** An account with its password hash, for signing in; never leaves this module. */
    record Credentials(Account account, String passwordHash) {
    }

    private static final String COLUMNS = "id, email, display_name, role, enabled, email_verified_at, created_at, password_hash";

    /** The columns {@link #ROW} reads, qualified by a table alias, for a query that joins accounts. */
    static String columnsOf(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(java.util.stream.Collectors.joining(", "));
    }

    static final RowMapper<Credentials> ROW = (rs, n) -> new Credentials(new Account(
            rs.getObject("id", UUID.class),
            rs.getString("email"),
            rs.getString("display_name"),
            Role.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"),
            instant(rs.getObject("email_verified_at", OffsetDateTime.class)),
            rs.getObject("created_at", OffsetDateTime.class).toInstant()),
            rs.getString("password_hash"));

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Inserts an account; false when the email is taken (the unique constraint decides, so two sign-ups cannot race). */
    boolean insert(UUID id, String email, String displayName, String passwordHash, Role role) {
        return jdbc.sql("""
                        insert into accounts.accounts (id, email, display_name, password_hash, role)
                        values (:id, :email, :name, :hash, :role)
                        on conflict (email) do nothing
                        """)
                .param("id", id)
                .param("email", normalise(email))
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .update() == 1;
    }

    Optional<Credentials> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from accounts.accounts where email = :email")
                .param("email", normalise(email))
                .query(ROW)
                .optional();
    }

    /** Display names of the accounts that exist among {@code ids}, in one query. */
    java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from accounts.accounts where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    Optional<Credentials> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accounts.accounts where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("update accounts.accounts set password_hash = :hash, version = version + 1 where id = :id")
                .param("id", id).param("hash", passwordHash).update();
    }

    void updateDisplayName(UUID id, String displayName) {
        jdbc.sql("update accounts.accounts set display_name = :name, version = version + 1 where id = :id")
                .param("id", id).param("name", displayName).update();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update accounts.accounts set enabled = :enabled, version = version + 1 where id = :id")
                .param("id", id).param("enabled", enabled).update();
    }

    void setRole(UUID id, Role role) {
        jdbc.sql("update accounts.accounts set role = :role, version = version + 1 where id = :id")
                .param("id", id).param("role", role.name()).update();
    }

    void markEmailVerified(UUID id) {
        jdbc.sql("update accounts.accounts set email_verified_at = coalesce(email_verified_at, now()) where id = :id")
                .param("id", id).update();
    }

    /** Makes the account with this email an admin, if it exists; true when it changed. */
    boolean promoteByEmail(String email) {
        return jdbc.sql("update accounts.accounts set role = 'ADMIN', version = version + 1 where email = :email and role <> 'ADMIN'")
                .param("email", normalise(email)).update() == 1;
    }

    long countAdmins() {
        return jdbc.sql("select count(*) from accounts.accounts where role = 'ADMIN' and enabled")
                .query(Long.class).single();
    }

    void delete(UUID id) {
        jdbc.sql("delete from accounts.accounts where id = :id").param("id", id).update();
    }

    /**
     * Accounts whose email or name starts with the query (both indexed for prefix matches),
     * newest first, one page at a time.
     */
    List<Account> search(@Nullable String query, int limit, int offset) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("""
                        select %s from accounts.accounts
                        where :q = '' or email like :prefix or lower(display_name) like :prefix
                        order by created_at desc, id
                        limit :limit offset :offset
                        """.formatted(COLUMNS))
                .param("q", q)
                .param("prefix", q + "%")
                .param("limit", limit)
                .param("offset", offset)
                .query(ROW)
                .list()
                .stream()
                .map(Credentials::account)
                .toList();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
