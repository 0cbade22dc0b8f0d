package dev.ascent.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * With no {@code spring.datasource.url}, Ascent runs its own real PostgreSQL: data kept in
 * {@code ascent.database.embedded.data-dir} (default {@code ./data/postgres}), so it survives
 * restarts. Production points {@code SPRING_DATASOURCE_URL} at an external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @ConfigurationProperties("ascent.database.embedded")
    record EmbeddedDatabaseProperties(Path dataDir, boolean fresh, int port, int maxPoolSize, @Nullable Boolean durable) {
        EmbeddedDatabaseProperties {
            dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
            maxPoolSize = maxPoolSize <= 0 ? 20 : maxPoolSize;
            durable = durable == null || durable; // only throwaway test clusters turn it off
        }
    }

    /** Closed after the data source (which depends on it), so the pool is gone before the server stops. */
    @Bean
    EmbeddedPostgresServer.Lease embeddedPostgres(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.lease(properties.dataDir(), properties.fresh(), properties.port(), Boolean.TRUE.equals(properties.durable()));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer.Lease postgres, EmbeddedDatabaseProperties properties,
                          @Value("${spring.datasource.hikari.connection-timeout:2000}") long connectionTimeout) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        dataSource.setPoolName("ascent-embedded");
        // as for an external database (application.yml): fail a request fast while the server is away
        dataSource.setConnectionTimeout(connectionTimeout);
        dataSource.setValidationTimeout(Math.min(1000, connectionTimeout));
        return dataSource;
    }
}
