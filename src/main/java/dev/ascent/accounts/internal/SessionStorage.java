package dev.ascent.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). The first requests of a new session often come
 * together (a page and its htmx calls, or two tabs after signing in), and each may add the same
 * attribute. Spring Session's PostgreSQL upsert lets the later write win, where a plain insert failed
 * the other request with a duplicate key: a 500. (The CSRF token, the attribute this happened with,
 * is now made at sign-in, so those pages share one; see SecurityConfiguration.)
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
