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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One real PostgreSQL server per data directory and JVM, shared by every Spring context that
 * leases it (tests start several), and stopped when the last lease is closed — after the
 * contexts have closed their connection pools, so shutdown never waits on a vanished database.
 * <p>
 * The app's own server is as durable as any PostgreSQL (fsync, synchronous commit and full page
 * writes on); only throwaway test clusters ({@code durable=false}) trade that for speed. It is
 * supervised: when its postmaster dies, it is started again on the same port and data directory,
 * where PostgreSQL's crash recovery replays the write-ahead log — at most {@value #RESTART_LIMIT}
 * times in {@link #RESTART_WINDOW}, after which it is left down and an error says so.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();
    static final int RESTART_LIMIT = 5;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);

    private EmbeddedPostgresServer() {
    }

    /** How a server is started: the same settings start it again after it died. */
    record Settings(Path dataDirectory, EmbeddedPostgresBinaries binaries, Path workingDirectory, int port, boolean durable) {
    }

    private static final class Running {
        final Settings settings;
        volatile EmbeddedPostgres postgres;
        final Deque<Instant> restarts = new ArrayDeque<>();
        final ScheduledExecutorService watch;
        int leases;
        boolean stopping;

        Running(Settings settings, EmbeddedPostgres postgres) {
            this.settings = settings;
            this.postgres = postgres;
            this.watch = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                    .name("embedded-postgres-supervisor").factory());
        }
    }

    /** A context's hold on the server; closing the last one stops it. */
    static final class Lease implements AutoCloseable {
        private final Path dataDirectory;
        private final int port;
        private boolean closed;

        private Lease(Path dataDirectory, int port) {
            this.dataDirectory = dataDirectory;
            this.port = port;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:%d/postgres?user=postgres".formatted(port);
        }

        int port() {
            return port;
        }

        /** The postmaster's process id, read from its lock file; empty while none runs. */
        Optional<ProcessHandle> postmaster() {
            return EmbeddedPostgresServer.postmaster(dataDirectory);
        }

        @Override
        public void close() {
            Running stopped;
            synchronized (EmbeddedPostgresServer.class) {
                if (closed) {
                    return;
                }
                closed = true;
                Running running = RUNNING.get(dataDirectory);
                if (running == null || --running.leases > 0) {
                    return;
                }
                RUNNING.remove(dataDirectory);
                running.stopping = true;
                stopped = running;
            }
            stopped.watch.shutdownNow();
            synchronized (stopped) {
                stop(stopped.settings.binaries().directory(), dataDirectory);
                release(stopped.postgres, dataDirectory);
            }
        }
    }

    static synchronized Lease lease(Path dataDirectory, boolean fresh, int port, boolean durable) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Running running = RUNNING.get(dir);
        if (running == null) {
            running = start(dir, fresh, port, durable);
            RUNNING.put(dir, running);
            Running supervised = running;
            running.watch.scheduleWithFixedDelay(() -> supervise(supervised),
                    WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        running.leases++;
        return new Lease(dir, running.settings.port());
    }

    private static Running start(Path dir, boolean fresh, int port, boolean durable) {
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
            var settings = new Settings(dir, binaries, workingDirectory, port, durable);
            EmbeddedPostgres postgres = postgres(settings);
            log.info("Embedded PostgreSQL ready on port {} with data in {} ({})", postgres.getPort(), dir,
                    durable ? "durable: fsync and synchronous commit on" : "throwaway: fsync off");
            return new Running(new Settings(dir, binaries, workingDirectory, postgres.getPort(), durable), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static EmbeddedPostgres postgres(Settings settings) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setPgBinaryResolver(settings.binaries())
                .setOverrideWorkingDirectory(settings.workingDirectory().toFile())
                .setDataDirectory(settings.dataDirectory())
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setLocaleConfig("locale", "C.UTF-8");
        // embedded-postgres starts every server with -F (fsync off) and synchronous_commit off: fast for
        // tests, but a crash then loses acknowledged commits. The -c settings come after -F and win.
        String durable = settings.durable() ? "on" : "off";
        builder.setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable);
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        return builder.start();
    }

    /** Runs on the supervisor thread: starts the server again when its postmaster has gone. */
    private static void supervise(Running running) {
        synchronized (running) {
            if (running.stopping || postmaster(running.settings.dataDirectory()).isPresent()) {
                return;
            }
            Path dir = running.settings.dataDirectory();
            Instant now = Instant.now();
            while (!running.restarts.isEmpty() && running.restarts.peekFirst().isBefore(now.minus(RESTART_WINDOW))) {
                running.restarts.removeFirst();
            }
            if (running.restarts.size() >= RESTART_LIMIT) {
                log.error("The embedded PostgreSQL in {} stopped again after {} restarts in {} minutes; it is left down. "
                        + "PostgreSQL's own messages (logger io.zonky.test.db.postgres) say why; restart Ascent once that is mended.",
                        dir, RESTART_LIMIT, RESTART_WINDOW.toMinutes());
                running.watch.shutdown();
                return;
            }
            running.restarts.addLast(now);
            log.warn("The embedded PostgreSQL in {} has stopped; starting it again on port {} (restart {} of at most {} in {} minutes)",
                    dir, running.settings.port(), running.restarts.size(), RESTART_LIMIT, RESTART_WINDOW.toMinutes());
            release(running.postgres, dir);
            long began = System.nanoTime();
            try {
                running.postgres = postgres(running.settings);
                log.info("The embedded PostgreSQL in {} is back after {} ms", dir, Duration.ofNanos(System.nanoTime() - began).toMillis());
            } catch (IOException | RuntimeException e) {
                // Back ends of the dead postmaster may still hold its shared memory for a moment: the next tick tries again.
                log.warn("Could not start the embedded PostgreSQL in {} again yet: {}", dir, e.getMessage());
            }
        }
    }

    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.getFirst().strip())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Lets go of embedded-postgres' lock on the data directory; the server itself is stopped (or gone) already. */
    private static void release(EmbeddedPostgres postgres, Path dataDirectory) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not release the embedded PostgreSQL in {}: {}", dataDirectory, e.getMessage());
        }
    }
    static void stop(Path binaries, Path dataDirectory) {
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

    static void deleteRecursively(Path dir) throws IOException {
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
