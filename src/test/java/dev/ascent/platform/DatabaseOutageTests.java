package dev.ascent.platform;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external PostgreSQL (one this test starts and stops itself, as an operator's server would
 * go away) stopped under a running app: requests fail fast with 503 and Retry-After — a page for
 * people, a problem for the API — readiness is DOWN and liveness UP, and when the server is back the
 * app serves again by itself, without a restart. A pool with every connection in use is no outage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

    private static final Path DATA = Path.of("target/outage-postgres").toAbsolutePath();
    private static EmbeddedPostgresBinaries binaries;
    private static EmbeddedPostgres server;
    private static int databasePort;

    @Autowired
    TestAccounts accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    DatabaseAvailability database;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        try (var socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        binaries = EmbeddedPostgresBinaries.prepare(Path.of("target/test-postgres-binaries").toAbsolutePath());
        EmbeddedPostgresServer.deleteRecursively(DATA);
        server = start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:%d/postgres".formatted(databasePort));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(Path.of("target/test-postgres-binaries").toAbsolutePath().toFile())
                .setDataDirectory(DATA).setCleanDataDirectory(false).setPort(databasePort).start();
    }

    private static void stop() throws IOException {
        EmbeddedPostgresServer.stop(binaries.directory(), DATA);
        server.close();
    }

    @AfterAll
    static void stopServer() throws IOException {
        stop();
    }

    @Test
    void failsFastWithServiceUnavailableWhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        var api = new ApiClient(port, accounts, "Outage");
        var browser = new WebSession(port);
        assertThat(api.call("GET", "/api/v1/me", null).statusCode()).isEqualTo(200);

        stop();

        // the first request finds the database gone within the pool's connection timeout, not PostgreSQL's 30 s
        var first = timed(() -> api.call("GET", "/api/v1/me", null));
        assertThat(first.response().statusCode()).isEqualTo(503);
        assertThat(first.took()).isLessThan(Duration.ofSeconds(10));

        var problem = timed(() -> api.call("POST", "/api/v1/journal", "{\"title\":\"during the outage\"}"));
        assertThat(problem.response().statusCode()).isEqualTo(503);
        assertThat(problem.response().headers().firstValue("Retry-After")).contains("5");
        assertThat(problem.response().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.response().body()).contains("\"status\":503").contains("cannot reach its database").doesNotContain("Exception");
        // once known, an outage is answered without waiting for a connection
        assertThat(problem.took()).isLessThan(Duration.ofSeconds(3));

        HttpResponse<String> page = browser.get("/learn");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("5");
        assertThat(page.body()).contains("Back in a moment").contains("Nothing you saved before is lost")
                .contains("/css/app.css").doesNotContain("null").doesNotContain("Exception");
        assertThat(browser.get("/css/app.css").statusCode()).as("the outage page's stylesheet").isEqualTo(200);

        var readiness = api.call(null, "GET", "/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(api.call(null, "GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(api.call("GET", "/actuator/health", null).statusCode()).as("health with a token, which needs the database").isEqualTo(503);

        server = start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status = 0;
        while (Instant.now().isBefore(deadline) && (status = api.call("GET", "/api/v1/me", null).statusCode()) != 200) {
            Thread.sleep(200);
        }
        assertThat(status).as("answers again without a restart").isEqualTo(200);
        assertThat(api.call("POST", "/api/v1/journal", "{\"title\":\"after the outage\"}").statusCode()).isEqualTo(201);
        assertThat(api.call(null, "GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPoolWithEveryConnectionInUseAnswersTheWaitingRequest503AndMarksNothing() throws Exception {
        var api = new ApiClient(port, accounts, "Busy");
        assertThat(api.call("GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
        var pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
        List<Connection> held = new ArrayList<>();
        HttpResponse<String> waited;
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            waited = api.call("GET", "/api/v1/me", null);
            assertThat(api.call(null, "GET", "/actuator/health/readiness", null).statusCode())
                    .as("ready: the database answers, this instance is only busy").isEqualTo(200);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(waited.statusCode()).isEqualTo(503);
        assertThat(waited.headers().firstValue("Retry-After")).contains("5");
        assertThat(waited.body()).contains("more requests than it can answer").doesNotContain("Exception");
        assertThat(database.isDown()).as("a busy pool is not an outage").isFalse();
        // the next request is served at once: nothing was marked down (an outage would answer 503 until a probe)
        assertThat(api.call("GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
    }

    private record Timed<T>(T response, Duration took) {
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long began = System.nanoTime();
        T response = call.get();
        return new Timed<>(response, Duration.ofNanos(System.nanoTime() - began));
    }
}
