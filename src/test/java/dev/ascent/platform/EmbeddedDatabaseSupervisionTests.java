package dev.ascent.platform;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own embedded PostgreSQL, run as the app runs it (durable, in its own data directory):
 * a client ledger of acknowledged writes across a {@code kill -9} of the postmaster. The server is
 * started again by its supervisor, crash recovery replays the write-ahead log, and every write that
 * got its 201 is still there; while it was away, clients were told 503, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ascent.database.embedded.data-dir=target/durable-postgres",
        "ascent.database.embedded.fresh=true",
        "ascent.database.embedded.durable=true"})
class EmbeddedDatabaseSupervisionTests {

    @Autowired
    EmbeddedPostgresServer.Lease postgres;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    @Test
    void runsTheAppsDatabaseAsDurablyAsAnyPostgres() {
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertThat(jdbc.sql("select current_setting('" + setting + "')").query(String.class).single())
                    .as(setting).isEqualTo("on");
        }
    }

    @Test
    void losesNoAcknowledgedWriteWhenPostgresIsKilledAndComesBackByItself() throws Exception {
        var api = new ApiClient(port, accounts, "Ledger");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger afterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                while (!stop.get()) {
                    String title = "ledger " + sequence.incrementAndGet();
                    var response = api.call("POST", "/api/v1/journal", "{\"title\":\"" + title + "\",\"body\":\"kept\"}");
                    if (response.statusCode() == 201) {
                        acknowledged.add(title);
                        if (killed.get()) {
                            afterKill.incrementAndGet();
                        }
                    } else {
                        refusals.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (response.statusCode() == 503) {
                            assertThat(response.headers().firstValue("Retry-After")).contains("5");
                        }
                    }
                }
                return null;
            });
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (acknowledged.size() < 60 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        ProcessHandle first = postgres.postmaster().orElseThrow();
        first.destroyForcibly(); // SIGKILL: no shutdown checkpoint, no goodbye to the clients
        killed.set(true);
        while (afterKill.get() < 60 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(afterKill.get()).as("writes acknowledged after the restart").isGreaterThanOrEqualTo(60);
        assertThat(postgres.postmaster()).hasValueSatisfying(restarted -> assertThat(restarted.pid()).isNotEqualTo(first.pid()));
        Set<String> stored = new HashSet<>(jdbc.sql("select title from learning.journal_entries where account_id = :account")
                .param("account", api.accountId).query(String.class).list());
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertThat(lost).as("acknowledged writes lost").isEmpty();
        assertThat(refusals.keySet()).as("what clients saw while the database was away").isSubsetOf(503);
    }
}
