package dev.ascent.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One real PostgreSQL server per data directory and JVM, shared by every Spring context that
 * leases it (tests start several), and stopped when the last lease is closed — after the
 * contexts have closed their connection pools, so shutdown never waits on a vanished database.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    private static final class Running {
        final EmbeddedPostgres postgres;
        final Path binaries;
        int leases;

        Running(EmbeddedPostgres postgres, Path binaries) {
            this.postgres = postgres;
            this.binaries = binaries;
        }
    }

    /** A context's hold on the server; closing the last one stops it. */
    static final class Lease implements AutoCloseable {
        private final Path dataDirectory;
        private final EmbeddedPostgres postgres;
        private boolean closed;

        private Lease(Path dataDirectory, EmbeddedPostgres postgres) {
            this.dataDirectory = dataDirectory;
            this.postgres = postgres;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        int port() {
            return postgres.getPort();
        }

        @Override
        public void close() {
            synchronized (EmbeddedPostgresServer.class) {
                if (closed) {
                    return;
                }
                closed = true;
                Running running = RUNNING.get(dataDirectory);
                if (running != null && --running.leases == 0) {
                    RUNNING.remove(dataDirectory);
                    stop(running.binaries, dataDirectory);
                    try {
                        running.postgres.close();
                    } catch (IOException e) {
                        log.warn("Could not release the embedded PostgreSQL in {}: {}", dataDirectory, e.getMessage());
                    }
                }
            }
        }
    }

    static synchronized Lease lease(Path dataDirectory, boolean fresh, int port) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Running running = RUNNING.get(dir);
        if (running == null) {
            running = start(dir, fresh, port);
            RUNNING.put(dir, running);
        }
        running.leases++;
        return new Lease(dir, running.postgres);
    }

    private static Running start(Path dir, boolean fresh, int port) {
        try {
            Path workingDirectory = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-binaries"));
            EmbeddedPostgresBinaries binaries = EmbeddedPostgresBinaries.prepare(workingDirectory);
            if (fresh) {
                if (Files.exists(dir.resolve("postmaster.pid"))) {
                    stop(binaries.directory(), dir);
                }
                deleteRecursively(dir);
            } else if (Files.exists(dir.resolve("postmaster.pid"))) {
                // A server left running by a JVM that was killed still holds the data directory.
                stop(binaries.directory(), dir);
            }
            Files.createDirectories(dir);
            var builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries)
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL ready on port {} with data in {}", postgres.getPort(), dir);
            return new Running(postgres, binaries.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static void stop(Path binaries, Path dataDirectory) {
        var command = new ProcessBuilder(List.of(binaries.resolve("bin/pg_ctl").toString(),
                "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", "30"))
                .redirectErrorStream(true);
        command.environment().put(EmbeddedPostgresBinaries.OWNER_STOP, "owner");
        try {
            Process stop = command.start();
            stop.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (stop.waitFor(40, TimeUnit.SECONDS) && stop.exitValue() == 0) {
                log.info("Stopped the embedded PostgreSQL in {}", dataDirectory);
            }
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}: {}", dataDirectory, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
