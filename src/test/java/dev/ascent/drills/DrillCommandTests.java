package dev.ascent.drills;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar ascent.jar drill validate FILE...}: every problem with its line, and an exit code for scripts and CI. */
class DrillCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DrillCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String builtIn(String id) throws Exception {
        try (InputStream in = DrillCommandTests.class.getResourceAsStream("/drills/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidFileGetsASummaryAndExitsZero(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("storm.yaml"), builtIn("retry-storm-pricing"));

        assertThat(run("drill", "validate", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("storm.yaml: valid (retry-storm-pricing: on retry-storm, 1 fault, 6 actions, 600 s)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void brokenFilesListEveryProblemAndExitOne(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), builtIn("retry-storm-pricing")
                .replace("solution: [single-attempt,", "solution: [single-atempt,")
                .replace("at: {between: [45s, 75s]}", "at: 11m"));
        Path missing = dir.resolve("missing.yaml");

        assertThat(run("drill", "validate", broken.toString(), missing.toString(), dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "broken.yaml:24: faults[0].at: a fault at 11m comes after the drill ends at 10m",
                "there is no action 'single-atempt'; did you mean 'single-attempt'?",
                "missing.yaml: no such file", "is a directory, not a drill file", "3 files checked, 4 problems");
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        assertThat(run("drill")).isEqualTo(2);
        assertThat(run("drill", "play", "x.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar ascent.jar drill validate FILE...");
    }
}
