package dev.ascent.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * The one data source. With no {@code spring.datasource.url}, Ascent runs its own real PostgreSQL: data kept
 * in {@code ascent.database.embedded.data-dir} (default {@code ./data/postgres}), so it survives restarts.
 * Production points {@code SPRING_DATASOURCE_URL} at an external server instead.
 * <p>
 * The choice is made when the app starts, not by a bean condition: in Spring's AOT mode
 * ({@code -Dspring.aot.enabled=true}, README "Production") the set of beans is fixed when the jar is built,
 * and a condition on the URL would then ignore the URL given at run time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseConfiguration.EmbeddedDatabaseProperties.class)
class DatabaseConfiguration {

    @ConfigurationProperties("ascent.database.embedded")
    record EmbeddedDatabaseProperties(Path dataDir, boolean fresh, int port, int maxPoolSize, @Nullable Boolean durable) {
        EmbeddedDatabaseProperties {
            dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
            maxPoolSize = maxPoolSize <= 0 ? 20 : maxPoolSize;
            durable = durable == null || durable; // only throwaway test clusters turn it off
        }
    }

    /** The embedded server, or none when an external URL is set; closed after the pool, which depends on it. */
    @Bean
    EmbeddedPostgresServer.@Nullable Lease embeddedPostgres(DataSourceProperties external, EmbeddedDatabaseProperties properties) {
        if (StringUtils.hasText(external.getUrl())) {
            return null;
        }
        return EmbeddedPostgresServer.lease(properties.dataDir(), properties.fresh(), properties.port(), Boolean.TRUE.equals(properties.durable()));
    }

    /** Hikari, with {@code spring.datasource.hikari.*} bound over it (application.yml: fail a request fast while the server is away). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties external, EmbeddedPostgresServer.@Nullable Lease postgres, EmbeddedDatabaseProperties properties) {
        if (postgres == null) {
            return external.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        dataSource.setPoolName("ascent-embedded");
        return dataSource;
    }
}
