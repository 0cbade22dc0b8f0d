package dev.ascent.accounts.internal;

import dev.ascent.platform.Digests;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Slows down password guessing without letting a stranger lock the owner out (OWASP's authentication
 * cheat sheet, "device cookies"). Failed sign-ins drain token buckets:
 * <ul>
 *   <li>from a browser the account has signed in from before (a valid {@link DeviceCookies device cookie}
 *   for that account): that device's own bucket, and nothing else, so others' failures never stop it;</li>
 *   <li>from any other browser: the account's bucket for unknown devices (by the email typed, whether or
 *   not it exists, so the answer never tells), shared by every unknown browser, so guessing from many
 *   addresses is limited as from one; and the bucket of the client's address, whatever the account.</li>
 * </ul>
 * When a bucket that applies is empty, sign-in is refused with the number of seconds to wait. Buckets
 * live in PostgreSQL (bucket4j), so every instance counts the same failures.
 */
@Component
public class SignInThrottle {

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perDevice;
    private final BucketConfiguration perClient;
    /** reset links and sign-up notices per address: enough for a real person, useless for flooding someone's inbox */
    private final BucketConfiguration mailsPerAddress = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(3).refillGreedy(3, Duration.ofHours(1)).build())
            .build();
    private final JdbcClient jdbc;

    SignInThrottle(DataSource dataSource, JdbcClient jdbc,
                   @Value("${ascent.sign-in.failures-per-account:5}") int accountFailures,
                   @Value("${ascent.sign-in.failures-per-device:5}") int deviceFailures,
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
        this.perAccount = limit(accountFailures, refill);
        this.perDevice = limit(deviceFailures, refill);
        this.perClient = limit(clientFailures, refill);
    }

    private static BucketConfiguration limit(int failures, Duration refill) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, refill).build())
                .build();
    }

    /**
     * Seconds to wait before another attempt is allowed, or empty when one may be made now.
     *
     * @param device the device's identity from a valid device cookie for this account, or null for an unknown browser
     */
    public OptionalLong waitBeforeAttempt(String email, String client, @Nullable String device) {
        long wait = device != null
                ? waitNanos(deviceKey(device), perDevice)
                : Math.max(waitNanos(accountKey(email), perAccount), waitNanos(clientKey(client), perClient));
        return wait <= 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, Duration.ofNanos(wait).toSeconds() + 1));
    }

    /** Whether another reset link may be sent to this address now (three an hour). */
    public boolean allowResetRequest(String email) {
        return buckets.getProxy("reset:" + Digests.sha256Hex(AccountStore.normalise(email)), () -> mailsPerAddress).tryConsume(1);
    }

    /** Whether another "someone tried to sign up with your address" email may go to this address now (three an hour). */
    public boolean allowSignUpNotice(String email) {
        return buckets.getProxy("sign-up:" + Digests.sha256Hex(AccountStore.normalise(email)), () -> mailsPerAddress).tryConsume(1);
    }

    public void recordFailure(String email, String client, @Nullable String device) {
        if (device != null) {
            buckets.getProxy(deviceKey(device), () -> perDevice).tryConsume(1);
            return;
        }
        buckets.getProxy(accountKey(email), () -> perAccount).tryConsume(1);
        buckets.getProxy(clientKey(client), () -> perClient).tryConsume(1);
    }

    /**
     * A successful sign-in clears the failures of the bucket it was counted in: the device's, or the account's
     * for unknown browsers (never the address's: one good password does not vouch for everyone behind it).
     * A known device's success leaves the unknown browsers' count alone: the owner signing in says nothing
     * about the strangers.
     */
    public void recordSuccess(String email, @Nullable String device) {
        buckets.removeProxy(device != null ? deviceKey(device) : accountKey(email));
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
        return "account:" + Digests.sha256Hex(AccountStore.normalise(email));
    }

    private static String deviceKey(String device) {
        return "device:" + Digests.sha256Hex(device);
    }

    private static String clientKey(String client) {
        return "client:" + Digests.sha256Hex(client.toLowerCase(Locale.ROOT));
    }
}
