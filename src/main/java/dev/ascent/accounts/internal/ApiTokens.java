package dev.ascent.accounts.internal;

import dev.ascent.accounts.TokenScope;

import dev.ascent.platform.Digests;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal access tokens: {@code asc_} + 43 random characters, shown once at creation, stored
 * only as a SHA-256 digest. Read tokens may only read; read-write tokens may change data.
 */
@Repository
public class ApiTokens {

    public static final String PREFIX = "asc_";
    public static final int MAX_PER_ACCOUNT = 50;

    public record Token(UUID id, String name, String prefix, TokenScope scope, Instant createdAt,
                        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token as created: the secret is in here and nowhere else, ever. */
    public record Created(Token token, String secret) {
    }

    /** What a presented token grants. */
    /** A valid token: which one, the account it acts for (read with it, in the same statement) and what it may do. */
    record Grant(UUID tokenId, dev.ascent.accounts.Account account, TokenScope scope) {
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Created create(UUID accountId, String name, TokenScope scope) {
        String secret = Secrets.generate(PREFIX);
        UUID id = UUID.randomUUID();
        String prefix = secret.substring(0, PREFIX.length() + 6);
        jdbc.sql("""
                        insert into accounts.api_tokens (id, account_id, name, token_hash, prefix, scope)
                        values (:id, :account, :name, :hash, :prefix, :scope)
                        """)
                .param("id", id)
                .param("account", accountId)
                .param("name", name)
                .param("hash", Digests.sha256Hex(secret))
                .param("prefix", prefix)
                .param("scope", scope.name())
                .update();
        return new Created(find(accountId, id).orElseThrow(), secret);
    }

    int countActive(UUID accountId) {
        return jdbc.sql("select count(*) from accounts.api_tokens where account_id = :account and revoked_at is null")
                .param("account", accountId).query(Integer.class).single();
    }

    public List<Token> list(UUID accountId) {
        return jdbc.sql("""
                        select id, name, prefix, scope, created_at, last_used_at, revoked_at
                        from accounts.api_tokens where account_id = :account
                        order by revoked_at nulls first, created_at desc
                        """)
                .param("account", accountId)
                .query(this::token)
                .list();
    }

    /** A token of this account; another account's token is simply not found. */
    Optional<Token> find(UUID accountId, UUID tokenId) {
        return jdbc.sql("""
                        select id, name, prefix, scope, created_at, last_used_at, revoked_at
                        from accounts.api_tokens where account_id = :account and id = :id
                        """)
                .param("account", accountId)
                .param("id", tokenId)
                .query(this::token)
                .optional();
    }

    boolean revoke(UUID accountId, UUID tokenId) {
        return jdbc.sql("update accounts.api_tokens set revoked_at = now() where account_id = :account and id = :id and revoked_at is null")
                .param("account", accountId).param("id", tokenId).update() == 1;
    }

    /**
     * The grant of a presented token when it exists, is not revoked and its account is enabled.
     * Records the use at most once a minute per token, so busy clients do not write on every call.
     */
    Optional<Grant> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        // one statement for the whole check: the token, its account, and the use recorded at most once a minute
        // (the update's CTE runs whether or not the outer select needs it, and touches no row within the minute)
        return jdbc.sql("""
                        with presented as (
                            select t.id as token_id, t.scope, %s
                            from accounts.api_tokens t join accounts.accounts a on a.id = t.account_id
                            where t.token_hash = :hash and t.revoked_at is null and a.enabled
                        ), used as (
                            update accounts.api_tokens set last_used_at = now()
                            where id = (select token_id from presented)
                              and (last_used_at is null or last_used_at < now() - interval '1 minute')
                        )
                        select * from presented
                        """.formatted(AccountStore.columnsOf("a")))
                .param("hash", Digests.sha256Hex(secret))
                .query((rs, n) -> new Grant(rs.getObject("token_id", UUID.class), AccountStore.ROW.mapRow(rs, n).account(),
                        TokenScope.valueOf(rs.getString("scope"))))
                .optional();
    }

    private Token token(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Token(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
                TokenScope.valueOf(rs.getString("scope")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                instant(rs.getObject("last_used_at", OffsetDateTime.class)), instant(rs.getObject("revoked_at", OffsetDateTime.class)));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
