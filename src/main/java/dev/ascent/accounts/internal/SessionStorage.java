package dev.ascent.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
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
     * Spring Session's filter, made again around its JDBC repository seen through {@link SessionTouches}, so that a
     * page view within a minute of the last writes nothing. (Declaring the wrapper as a session repository of its own
     * would stop Spring Boot from creating the JDBC one.) The session id is read from the same cookie as before.
     */
    @Bean
    static BeanPostProcessor sessionsTouchedOnceAMinute(ObjectProvider<JdbcIndexedSessionRepository> sessions,
                                                       ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof SessionRepositoryFilter<?>)) {
                    return bean;
                }
                var filter = new SessionRepositoryFilter<>(SessionTouches.around(sessions.getObject()));
                var ids = new CookieHttpSessionIdResolver();
                ids.setCookieSerializer(cookies.getObject());
                filter.setHttpSessionIdResolver(ids);
                return filter;
            }
        };
    }
}
