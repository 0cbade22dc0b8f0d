package dev.ascent.accounts.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Slows down password guessing: failed sign-ins drain a token bucket per account (by the email
 * typed, whether or not it exists, so the answer never tells) and one per client address. When
 * either is empty, sign-in is refused with the number of seconds to wait. Buckets live in
 * PostgreSQL (bucket4j), so every instance counts the same failures.
 */
@Component
public class SignInThrottle {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perClient;
    /** reset links per address: enough for a real person, useless for flooding someone's inbox */
    private final BucketConfiguration resetRequests = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(3).refillGreedy(3, Duration.ofHours(1)).build())
            .build();
    private final JdbcClient jdbc;

    SignInThrottle(DataSource dataSource, JdbcClient jdbc,
                   @Value("${ascent.sign-in.failures-per-account:5}") int accountFailures,
                   @Value("${ascent.sign-in.failures-per-client:30}") int clientFailures,
                   @Value("${ascent.sign-in.refill-period:5m}") Duration refill) {
        this.jdbc = jdbc;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("accounts.sign_in_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perAccount = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(accountFailures).refillGreedy(accountFailures, refill).build())
                .build();
        this.perClient = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(clientFailures).refillGreedy(clientFailures, refill).build())
                .build();
    }

    /** Seconds to wait before another attempt is allowed, or empty when one may be made now. */
    public OptionalLong waitBeforeAttempt(String email, String client) {
        long wait = Math.max(waitNanos(accountKey(email), perAccount), waitNanos(clientKey(client), perClient));
        return wait <= 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, Duration.ofNanos(wait).toSeconds() + 1));
    }

    /** Whether another reset link may be sent to this address now (three an hour). */
    public boolean allowResetRequest(String email) {
        return buckets.getProxy("reset:" + sha256(AccountStore.normalise(email)), () -> resetRequests).tryConsume(1);
    }

    public void recordFailure(String email, String client) {
        buckets.getProxy(accountKey(email), () -> perAccount).tryConsume(1);
        buckets.getProxy(clientKey(client), () -> perClient).tryConsume(1);
    }

    /** A successful sign-in clears the account's failures (not the address's: one good password does not vouch for the rest). */
    public void recordSuccess(String email) {
        buckets.removeProxy(accountKey(email));
    }

    private long waitNanos(String key, BucketConfiguration configuration) {
        var probe = buckets.getProxy(key, () -> configuration).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    /** Expired buckets are full again; deleting them keeps the table small. One instance at a time does it. */
    @Scheduled(fixedDelayString = "${ascent.sign-in.cleanup-interval:15m}", initialDelayString = "${ascent.sign-in.cleanup-interval:15m}")
    @SchedulerLock(name = "expired-sign-in-buckets", lockAtLeastFor = "1m")
    public void deleteExpired() {
        jdbc.sql("delete from accounts.sign_in_buckets where expires_at < :now")
                .param("now", System.currentTimeMillis())
                .update();
    }

    private static String accountKey(String email) {
        return "account:" + sha256(AccountStore.normalise(email));
    }

    private static String clientKey(String client) {
        return "client:" + sha256(client.toLowerCase(Locale.ROOT));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
