package dev.ascent.accounts.internal;

import dev.ascent.platform.Digests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Single-use, expiring links for verifying an email address and resetting a password. */
@Repository
class OneTimeTokens {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    private final JdbcClient jdbc;

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID accountId, Purpose purpose, Duration validFor) {
        String secret = Secrets.generate("");
        jdbc.sql("""
                        insert into accounts.one_time_tokens (token_hash, account_id, purpose, expires_at)
                        values (:hash, :account, :purpose, now() + make_interval(secs => :seconds))
                        """)
                .param("hash", Digests.sha256Hex(secret))
                .param("account", accountId)
                .param("purpose", purpose.name())
                .param("seconds", validFor.toSeconds())
                .update();
        return secret;
    }

    /** Uses a token once: the account it belongs to, if it exists, has this purpose, is unused and unexpired. */
    Optional<UUID> redeem(String secret, Purpose purpose) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update accounts.one_time_tokens set used_at = now()
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
                        returning account_id
                        """)
                .param("hash", Digests.sha256Hex(secret))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional();
    }

    /** The account a token would redeem for now, without using it (to show the reset form only for a live link). */
    Optional<UUID> owner(String secret, Purpose purpose) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select account_id from accounts.one_time_tokens
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
                        """)
                .param("hash", Digests.sha256Hex(secret))
                .param("purpose", purpose.name())
                .query(UUID.class)
                .optional();
    }
}
