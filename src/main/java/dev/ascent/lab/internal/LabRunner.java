package dev.ascent.lab.internal;

import dev.ascent.lab.RunLimitReached;
import dev.ascent.lab.engine.RunOptions;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs models for people, fairly: each account may start {@code ascent.lab.runs-per-minute} runs a minute (a token
 * bucket in PostgreSQL, so every instance counts the same runs), and runs execute on a small bounded pool (one thread
 * per core, a short queue), so the lab never takes the machine from the rest of the app. Over either limit the run is
 * refused with the seconds to wait. Each run is bounded in events and wall time by the engine.
 */
@Component
public class LabRunner {

    /** A run's own bounds: far above any built-in model (a 10-minute run at 1,000 requests a second is ~30M events). */
    public static final RunOptions BOUNDS = RunOptions.DEFAULTS.withMaxEvents(60_000_000L).withMaxWallMillis(15_000L);

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perAccount;
    private final ThreadPoolExecutor pool;
    private final JdbcClient jdbc;

    LabRunner(DataSource dataSource, JdbcClient jdbc, @Value("${ascent.lab.runs-per-minute:12}") int perMinute,
              @Value("${ascent.lab.threads:0}") int threads) {
        this.jdbc = jdbc;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("lab.run_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perAccount = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        int size = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(size * 2),
                Thread.ofPlatform().name("lab-run-", 1).daemon().factory(), new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** Runs the model for the account, or throws {@link RunLimitReached}; the caller checked the model's size. */
    public RunResult run(UUID accountId, SystemModel model, RunOptions options) {
        var probe = buckets.getProxy("account:" + accountId, () -> perAccount).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
            throw new RunLimitReached("You have started many runs in the last minute; run again in %d seconds.".formatted(seconds), seconds);
        }
        return execute(model, options);
    }

    /**
     * Runs the model on the same bounded pool without an account's limit: for results shared by everyone and cached
     * (a scenario's consequences), so their number is bounded by what the library holds, not by who asks.
     */
    public RunResult execute(SystemModel model, RunOptions options) {
        Future<RunResult> run;
        try {
            run = pool.submit(() -> Simulation.run(model, options));
        } catch (RejectedExecutionException e) {
            throw new RunLimitReached("The lab is busy with other runs; run again in a few seconds.", 5);
        }
        try {
            return run.get(options.maxWallMillis() + 30_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.cancel(true);
            throw new RunLimitReached("The run was interrupted; run again.", 1);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new RunLimitReached("The lab is busy with other runs; run again in a few seconds.", 5);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Expired buckets are full again; deleting them keeps the table small. One instance at a time does it. */
    @Scheduled(fixedDelayString = "${ascent.lab.cleanup-interval:15m}", initialDelayString = "${ascent.lab.cleanup-interval:15m}")
    @SchedulerLock(name = "expired-lab-buckets", lockAtLeastFor = "1m")
    public void deleteExpired() {
        jdbc.sql("delete from lab.run_buckets where expires_at < :now").param("now", System.currentTimeMillis()).update();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
