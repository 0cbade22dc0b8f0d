package dev.ascent.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the database can be reached, as this instance last saw it. The first request that finds
 * it gone (a connection refused, or none within the pool's short timeout) marks it down; from then
 * on requests are answered 503 at once instead of each waiting for a connection, readiness is DOWN,
 * and one probe a second tries a connection. The first probe that gets one marks it up again, so
 * the app comes back by itself within about a second of the database, embedded or external.
 * Also the health indicator {@code database} of the readiness group, which checks a real
 * connection while the database is thought up, so an idle instance notices an outage too.
 * <p>
 * A pool whose every connection stayed in use for its whole timeout is not an outage: the database
 * answers, this instance has more requests than connections. That request gets its 503 and nothing
 * is marked (marking it would have turned a burst into seconds of 503 for everyone, and readiness
 * DOWN would take a busy instance out of its load balancer). Hikari gives such a timeout no cause;
 * when it could not connect, the cause is the failure to connect.
 */
@Component("database")
public class DatabaseAvailability implements HealthIndicator, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    /** What a client is told to wait before trying again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration BUSY_WARNING_INTERVAL = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    /** null while the database is reachable; otherwise when it was first found unreachable */
    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final AtomicLong lastBusyWarning = new AtomicLong();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("database-probe").factory());

    DatabaseAvailability(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    boolean isDown() {
        return downSince.get() != null;
    }

    /**
     * Records a failure: true when the database could not serve the request (answer 503). If it is unreachable,
     * marks it down and starts probing; a busy pool marks nothing.
     */
    boolean failed(Throwable failure) {
        if (isBusy(failure)) {
            long now = System.nanoTime();
            long last = lastBusyWarning.get();
            if ((last == 0 || now - last > BUSY_WARNING_INTERVAL.toNanos()) && lastBusyWarning.compareAndSet(last, now)) {
                log.warn("Every database connection stayed in use for the pool's whole timeout; answering 503 to the requests "
                        + "that waited (the database answers; more connections or instances would serve them). At most one such "
                        + "warning a minute: {}", rootMessage(failure));
            }
            return true;
        }
        if (!isUnreachable(failure)) {
            return false;
        }
        Instant now = clock.instant();
        if (downSince.compareAndSet(null, now)) {
            log.warn("The database is unreachable ({}); answering 503 until it is back", rootMessage(failure));
            probe.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private void probe() {
        Instant since = downSince.get();
        if (since == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(1)) {
                downSince.set(null);
                log.info("The database is reachable again after {} s", Duration.between(since, clock.instant()).toSeconds());
                return;
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("The database is still unreachable: {}", e.getMessage());
        }
        if (!probe.isShutdown()) {
            probe.schedule(this::probe, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public Health health() {
        Instant since = downSince.get();
        if (since == null) {
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(1)) {
                    return Health.up().build();
                }
            } catch (SQLException | RuntimeException e) {
                if (isBusy(e)) {
                    // every connection is in use, so the database was answering them: busy is not unready
                    return Health.up().withDetail("connections", "all in use").build();
                }
                failed(e);
            }
            since = downSince.get();
        }
        return Health.down().withDetail("unreachableSince", String.valueOf(since)).build();
    }

    @Override
    public void close() {
        probe.shutdownNow();
    }

    /** Whether the database could not serve a request: unreachable, or every connection busy. Either is a 503. */
    public static boolean isUnavailable(Throwable failure) {
        return isBusy(failure) || isUnreachable(failure);
    }

    /** The pool's timeout with no failure to connect behind it (no cause, no SQL state): every connection was in use. */
    static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException timeout && timeout.getCause() == null && timeout.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure means the database cannot be reached (as opposed to a bad statement, a
     * constraint or a busy pool): no connection from the pool because connecting failed, a refused
     * or broken connection, or the server shutting down or starting up (SQL states 08xxx, 57P01–57P03).
     */
    static boolean isUnreachable(Throwable failure) {
        if (isBusy(failure)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // a rollback that failed on the broken connection hides the failure that caused it; a JDBC commit or
            // rollback that fails at all has lost its connection (the statements before it went through)
            if (t instanceof TransactionSystemException failed && (failed.getCause() instanceof SQLException
                    || failed.getApplicationException() != null && isUnreachable(failed.getApplicationException()))) {
                return true;
            }
            // the pool's answer for a connection it has already closed as broken: no SQL state
            if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
