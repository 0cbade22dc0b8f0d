package dev.ascent.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One real PostgreSQL server per data directory and JVM. Several Spring contexts in one test
 * JVM share it, so the suite starts PostgreSQL once.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres start(Path dataDirectory, boolean fresh, int port) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        try {
            Path workingDirectory = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-binaries"));
            EmbeddedPostgresBinaries binaries = EmbeddedPostgresBinaries.prepare(workingDirectory);
            if (fresh) {
                deleteRecursively(dir);
            } else {
                stopOrphanedServer(workingDirectory, dir);
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
            RUNNING.put(dir, postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** A server left running by a JVM that was killed holds the data directory; stop it first. */
    private static void stopOrphanedServer(Path workingDirectory, Path dataDirectory) {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        try (var dirs = Files.list(workingDirectory)) {
            for (Path pgDir : dirs.filter(d -> Files.exists(d.resolve("bin/pg_ctl"))).toList()) {
                Process stop = new ProcessBuilder(List.of(pgDir.resolve("bin/pg_ctl").toString(),
                        "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w"))
                        .redirectErrorStream(true).start();
                stop.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                stop.waitFor(30, TimeUnit.SECONDS);
                log.info("Stopped a PostgreSQL server left running in {}", dataDirectory);
            }
        } catch (IOException e) {
            log.warn("Could not stop a server left running in {}: {}", dataDirectory, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
