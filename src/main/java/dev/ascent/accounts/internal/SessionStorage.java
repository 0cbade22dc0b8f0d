package dev.ascent.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). The first requests of a new session often come
 * together (a page and its htmx calls, or two tabs after signing in), and each may add the same
 * attribute. Spring Session's PostgreSQL upsert lets the later write win, where a plain insert failed
 * the other request with a duplicate key: a 500. (The CSRF token, the attribute this happened with,
 * is now made at sign-in, so those pages share one; see SecurityConfiguration.)
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    /** Expired sessions are deleted by one instance at a time (Spring Session's own cron is off: spring.session.jdbc.cleanup-cron). */
    @Component
    static class ExpiredSessions {
        private final JdbcIndexedSessionRepository sessions;

        ExpiredSessions(JdbcIndexedSessionRepository sessions) {
            this.sessions = sessions;
        }

        @Scheduled(cron = "${ascent.sessions.cleanup-cron:0 */10 * * * *}")
        @SchedulerLock(name = "expired-sessions", lockAtLeastFor = "1m")
        public void delete() {
            sessions.cleanUpExpiredSessions();
        }
    }

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session moves a session's last-access time on every request, so every page view wrote the session's row
     * (and its WAL) in a committed transaction. With an idle timeout of hours, a minute's precision is plenty: the row
     * is written only when a minute has passed since its last write, or when something else about it changed (its id
     * after sign-in, its principal, its timeout). The statement keeps Spring Session's parameters in their order.
     */
    static final String UPDATE_AT_MOST_ONCE_A_MINUTE = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = n.session_id, LAST_ACCESS_TIME = n.last_access_time, MAX_INACTIVE_INTERVAL = n.max_inactive_interval,
                EXPIRY_TIME = n.expiry_time, PRINCIPAL_NAME = n.principal_name
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time, CAST(? AS INT) AS max_inactive_interval,
                         CAST(? AS BIGINT) AS expiry_time, CAST(? AS VARCHAR(320)) AS principal_name) AS n
            WHERE s.PRIMARY_ID = ?
              AND (s.LAST_ACCESS_TIME <= n.last_access_time - 60000 OR s.SESSION_ID <> n.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> n.max_inactive_interval OR s.PRINCIPAL_NAME IS DISTINCT FROM n.principal_name)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWrittenAtMostOnceAMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_AT_MOST_ONCE_A_MINUTE);
    }
}
