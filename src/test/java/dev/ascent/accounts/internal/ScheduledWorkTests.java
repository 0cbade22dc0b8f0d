package dev.ascent.accounts.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs run once across instances: a job takes its ShedLock row in the shared database,
 * and another instance reaching the same job while the row is held skips that run.
 */
@SpringBootTest
class ScheduledWorkTests {

    @Autowired
    SessionStorage.ExpiredSessions expiredSessions;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesExpiredSessionsOnceWhileAnotherInstanceHoldsTheJob() {
        expiredSessions.delete(); // as the schedule may already have run in this instance (it runs every ten minutes)
        free("expired-sessions");
        String first = expiredSession();

        expiredSessions.delete();

        assertThat(sessionExists(first)).as("deleted by the instance that took the job").isFalse();
        assertThat(jdbc.sql("select count(*) from platform.shedlock where name = 'expired-sessions' and lock_until > now()")
                .query(Long.class).single()).as("the job's lock, held for its minimum time").isEqualTo(1);

        String second = expiredSession();
        expiredSessions.delete(); // as a second instance whose schedule fires within the same minute
        assertThat(sessionExists(second)).as("the second instance skipped the run").isTrue();
        jdbc.sql("delete from spring_session where primary_id = :id").param("id", second).update();
    }

    @Test
    void expiredSignInBucketsAreDeletedUnderTheirOwnLock() {
        free("expired-sign-in-buckets");
        throttle.deleteExpired();
        assertThat(jdbc.sql("select count(*) from platform.shedlock where name = 'expired-sign-in-buckets' and lock_until > now()")
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Frees a job's lock as if its last run ended long ago. Not by deleting the row: ShedLock remembers the rows it has
     * seen and only updates them, so once the real schedule has run (every ten minutes) a deleted row is a lock never won.
     */
    private void free(String job) {
        jdbc.sql("""
                insert into platform.shedlock (name, lock_until, locked_at, locked_by)
                values (:job, now() - interval '1 second', now() - interval '1 minute', 'a test')
                on conflict (name) do update set lock_until = excluded.lock_until""").param("job", job).update();
    }

    private String expiredSession() {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time)
                values (:id, :session, 0, 0, 60, 1)""")
                .param("id", id).param("session", UUID.randomUUID().toString()).update();
        return id;
    }

    private boolean sessionExists(String id) {
        return jdbc.sql("select count(*) from spring_session where primary_id = :id").param("id", id).query(Long.class).single() == 1;
    }
}
