package dev.ascent.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar ascent.jar system validate FILE...}: every problem with its line, and an exit code for scripts and CI. */
class SystemCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SystemCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aValidFileGetsASummaryAndExitsZero(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("shop.yaml"), SystemFixtures.VALID);

        assertThat(run("system", "validate", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("shop.yaml: valid (shop: 7 components, 6 calls, 6 faults, 120 s simulated)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void brokenFilesListEveryProblemAndExitOne(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), SystemFixtures.VALID.replace("replicas: 3", "replicas: 1000000")
                .replace("entry: edge", "entry: front"));
        Path missing = dir.resolve("missing.yaml");

        assertThat(run("system", "validate", broken.toString(), missing.toString(), dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "broken.yaml:9: workload.entry: there is no component 'front'",
                "broken.yaml:21: components[1].replicas: must be at most 1000, not 1000000",
                "missing.yaml: no such file", "is a directory, not a system file", "3 files checked, 4 problems");
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        assertThat(run("system")).isEqualTo(2);
        assertThat(run("system", "run", "x.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar ascent.jar system validate FILE...");
    }
}
