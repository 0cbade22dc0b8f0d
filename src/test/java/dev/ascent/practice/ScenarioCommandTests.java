package dev.ascent.practice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar ascent.jar scenario validate FILE...}: every problem with its line, and an exit code for scripts and CI. */
class ScenarioCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScenarioCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aValidFileGetsASummaryAndExitsZero(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("slow-checkout.yaml"), ScenarioFixtures.VALID);

        assertThat(run("scenario", "validate", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("slow-checkout.yaml: valid (slow-checkout v2: 3 signals, 2 options, 3 rubric lines)");
    }

    @Test
    void brokenFilesListEveryProblemAndExitOne(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), ScenarioFixtures.VALID.replace("quality: strong", "quality: great"));
        Path missing = dir.resolve("missing.yaml");

        assertThat(run("scenario", "validate", broken.toString(), missing.toString(), dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "broken.yaml:44: options[1].quality: must be one of 'strong', 'mixed' or 'weak', not 'great'",
                "missing.yaml: no such file", "is a directory, not a scenario file", "3 files checked, 4 problems");
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        assertThat(run("scenario")).isEqualTo(2);
        assertThat(run("scenario", "check", "x.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar ascent.jar scenario validate FILE...");
    }
}
