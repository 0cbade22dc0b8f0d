package dev.ascent.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as the README's "Production" section starts it — Spring's AOT mode, whose
 * beans were fixed when the jar was built — against an external PostgreSQL and an SMTP server given only
 * at run time: it must use both (no embedded database, mail sent), not what the build saw. Runs after
 * {@code package} (failsafe), on the jar itself.
 */
class ProductionJarTests {

    private static final Path JAR = Path.of("target", "ascent.jar");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable each : running.reversed()) {
            each.close();
        }
    }

    @Test
    void theAotModeJarUsesTheDatabaseAndMailServerGivenAtRunTime() throws Exception {
        assertThat(JAR).as("built by ./mvnw package").exists();
        var database = EmbeddedPostgresServer.lease(Path.of("target", "jar-test-postgres"), true, 0, false);
        running.add(database);
        try (var connection = DriverManager.getConnection(database.jdbcUrl())) {
            connection.createStatement().execute("create database ascent_external");
        }
        int smtpPort = freePort();
        var smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        running.add(smtp::stop);

        Path unusedEmbedded = Files.createTempDirectory("ascent-unused").resolve("postgres");
        Path log = Files.createTempFile("ascent-jar", ".log");
        int port = freePort();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(javaCommand, "-Dspring.aot.enabled=true", "-Xmx160m", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "PORT", String.valueOf(port),
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:%d/ascent_external".formatted(database.port()),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_MAIL_HOST", "localhost",
                "SPRING_MAIL_PORT", String.valueOf(smtpPort),
                "ASCENT_DATA_DIR", unusedEmbedded.toString()));
        Process app = builder.start();
        running.add(() -> {
            app.destroy();
            app.waitFor();
        });

        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://localhost:" + port;
        awaitReady(http, base, app, log);

        assertThat(Files.readString(log)).as("the app's log").contains("Starting AOT-processed AscentApplication")
                .doesNotContain("Embedded PostgreSQL ready");
        assertThat(unusedEmbedded).as("no embedded database was made").doesNotExist();
        try (var connection = DriverManager.getConnection(database.jdbcUrl().replace("/postgres?", "/ascent_external?"));
             var tables = connection.createStatement().executeQuery("select count(*) from information_schema.tables where table_schema = 'accounts'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("the schema migrated into the external database").isPositive();
        }

        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-up")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("the sign-up form's CSRF token").isTrue();
        String body = "_csrf=%s&displayName=Jar&email=%s&password=%s".formatted(encode(csrf.group(1)), encode("jar@example.test"),
                encode("lantern-orbit-maple-quietly-7"));
        var signedUp = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-up")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedUp.statusCode()).as("signed up and sent on").isEqualTo(302);
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).as("the confirmation email, through the SMTP server given at run time").isTrue();
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("jar@example.test");
    }

    private static void awaitReady(HttpClient http, String base, Process app, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app is running; its log:%n%s", Files.readString(log)).isTrue();
            try {
                var ready = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready in 90 s; its log:%n%s".formatted(Files.readString(log)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
