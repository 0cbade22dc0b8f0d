package dev.ascent.platform;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database cannot be reached" (a 503 and a probe), which "every connection is busy" (a 503 for
 * that request only), and which are ordinary errors.
 */
class DatabaseAvailabilityTests {

    @Test
    void noConnectionABrokenOneOrAServerGoingAwayIsAnOutage() {
        // the pool's timeout while it could not connect: Hikari gives the failure to connect as the cause and its state
        var refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertThat(DatabaseAvailability.isUnreachable(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("request timed out after 2000ms", "08001", refused)))).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new CannotCreateTransactionException("begin"))).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new DataAccessResourceFailureException("terminating connection",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aCommitOrRollbackThatFailsOnItsConnectionIsAnOutageToo() {
        // found by bench/faults: during a PostgreSQL restart a commit on a connection the pool had closed answered 500
        var commit = new TransactionSystemException("JDBC commit failed", new SQLException("Connection is closed"));
        assertThat(DatabaseAvailability.isUnreachable(commit)).isTrue();
        var rollback = new TransactionSystemException("JDBC rollback failed");
        rollback.initApplicationException(new DataAccessResourceFailureException("postmaster exit", new SQLException("gone", "08006")));
        assertThat(DatabaseAvailability.isUnreachable(rollback)).isTrue();
        assertThat(DatabaseAvailability.isUnreachable(new UncategorizedSQLException("update", "update x", new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aPoolWhoseEveryConnectionStayedInUseIsBusyNotUnreachable() {
        // found by bench/run: 32 team overviews on a pool of 10 waited out the timeout, the first marked the database
        // down and every request got 503 for seconds, readiness DOWN, while PostgreSQL answered all along
        var busy = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2008ms "
                        + "(total=10, active=10, idle=0, waiting=21)"));
        assertThat(DatabaseAvailability.isUnreachable(busy)).isFalse();
        assertThat(DatabaseAvailability.isBusy(busy)).isTrue();
        assertThat(DatabaseAvailability.isUnavailable(busy)).as("still a 503 for the request that waited").isTrue();
        assertThat(DatabaseAvailability.isBusy(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("request timed out", "08001", new SQLException("refused", "08001"))))).isFalse();
    }

    @Test
    void badStatementsAndConstraintsAreNotOutages() {
        assertThat(DatabaseAvailability.isUnreachable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseAvailability.isUnreachable(new UncategorizedSQLException("select", "select x", new SQLException("odd", "XX000")))).isFalse();
        assertThat(DatabaseAvailability.isUnreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseAvailability.isUnreachable(new TransactionSystemException("no transaction in progress"))).isFalse();
        assertThat(DatabaseAvailability.isUnavailable(new IllegalStateException("a bug"))).isFalse();
    }
}
