package dev.ascent.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code roadmap validate FILE...}: exit 0 with one summary line per valid file on stdout,
 * exit 1 with every problem on stderr, exit 2 with the usage when the arguments make no sense.
 */
class RoadmapCommandTests {

    private static final String USAGE = "usage: java -jar ascent.jar roadmap validate FILE...";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        try (var stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
             var stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return RoadmapCommand.run(args, stdout, stderr);
        }
    }

    private List<String> stdout() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> stderr() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Copies {@code roadmaps/NAME} from the test resources into the temporary directory. */
    private Path copy(String name) throws IOException {
        Path file = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = RoadmapCommandTests.class.getResourceAsStream("/roadmaps/" + name)) {
            assertThat(in).as("test resource roadmaps/%s", name).isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void printsAOneLineSummaryForAValidFileAndExitsZero() throws IOException {
        Path minimal = copy("valid/minimal.yaml");

        int exit = run("roadmap", "validate", minimal.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).containsExactly(minimal + ": valid (minimal v1: 2 phases, 3 topics, 1 project, 1 checkpoint)");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void printsEveryProblemOfABrokenFileOnStderrAndExitsOne() throws IOException {
        Path broken = copy("broken/several-defects.yaml");

        int exit = run("roadmap", "validate", broken.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).containsExactly(
                broken + ":5: version: must be at least 1, not 0",
                broken + ":46: topics[0].kind: must be one of 'theory', 'practice' or 'community', not 'reading'",
                broken + ":59: topics[1].hours: must be a whole number, not 'twenty'",
                broken + ":68: topics[2].requires[0]: requires unknown topic 'sql-basic'; did you mean 'sql-basics'?",
                broken + ":83: checkpoints[0].month: month 9 is after the roadmap's last month 6 (duration.maxMonths)",
                broken + ": 5 problems");
    }

    @Test
    void checksEveryFileGivenAndEndsWithATotalOnStderrWhenAnyIsBroken() throws IOException {
        Path minimal = copy("valid/minimal.yaml");
        Path broken = copy("broken/levels-go-down.yaml");

        int exit = run("roadmap", "validate", minimal.toString(), broken.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).containsExactly(minimal + ": valid (minimal v1: 2 phases, 3 topics, 1 project, 1 checkpoint)");
        assertThat(stderr()).containsExactly(
                broken + ":9: levels: levels go down: from intermediate to junior; 'from' must not be above 'to'",
                broken + ": 1 problem",
                "2 files checked, 1 problem");
    }

    @Test
    void endsWithATotalOnStdoutWhenEveryFileIsValid() throws IOException {
        Path minimal = copy("valid/minimal.yaml");
        Path again = Files.copy(minimal, dir.resolve("again.yaml"));

        int exit = run("roadmap", "validate", minimal.toString(), again.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).hasSize(3).last().isEqualTo("2 files checked, 0 problems");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void printsTheUsageAndExitsTwoWithoutASubcommand() {
        assertThat(run("roadmap")).isEqualTo(2);
        assertThat(stderr()).containsExactly(USAGE);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void printsTheUsageAndExitsTwoWithoutFiles() {
        assertThat(run("roadmap", "validate")).isEqualTo(2);
        assertThat(stderr()).containsExactly(USAGE);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void printsTheUsageAndExitsTwoForAnUnknownSubcommand() throws IOException {
        Path minimal = copy("valid/minimal.yaml");

        assertThat(run("roadmap", "check", minimal.toString())).isEqualTo(2);
        assertThat(stderr()).containsExactly(USAGE);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void printsTheUsageAndExitsTwoWhenCalledWithNoArgumentsAtAll() {
        assertThat(run()).isEqualTo(2);
        assertThat(stderr()).containsExactly(USAGE);
    }

    @Test
    void reportsAMissingFileAsNoSuchFile() {
        Path missing = dir.resolve("nope.yaml");

        int exit = run("roadmap", "validate", missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).containsExactly(missing + ": no such file", missing + ": 1 problem");
    }

    @Test
    void reportsADirectoryAsNotARoadmapFile() {
        int exit = run("roadmap", "validate", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).containsExactly(dir + ": is a directory, not a roadmap file", dir + ": 1 problem");
    }

    @Test
    void reportsABinaryFileAsNotUtf8Text() throws IOException {
        Path binary = dir.resolve("logo.png");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, (byte) 0xFF, (byte) 0xFE, (byte) 0xC3});

        int exit = run("roadmap", "validate", binary.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).containsExactly(binary + ": is not UTF-8 text; save it as UTF-8", binary + ": 1 problem");
    }

    @Test
    void reportsALatin1FileAsNotUtf8Text() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.writeString(latin1, "format: ascent/roadmap@1\ntitle: Café\n", StandardCharsets.ISO_8859_1);

        assertThat(run("roadmap", "validate", latin1.toString())).isEqualTo(1);
        assertThat(stderr()).containsExactly(latin1 + ": is not UTF-8 text; save it as UTF-8", latin1 + ": 1 problem");
    }

    @Test
    void refusesAFileOverTwoMegabytesBeforeReadingIt() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "format: ascent/roadmap@1\n# " + "x".repeat(3 * 1024 * 1024) + "\n");

        assertThat(run("roadmap", "validate", huge.toString())).isEqualTo(1);
        assertThat(stderr()).containsExactly(huge + ": the file is 3.0 MB; a roadmap may be at most 2.0 MB", huge + ": 1 problem");
    }

    @Test
    void acceptsAUtf8FileWithAByteOrderMarkAndWindowsLineEndings() throws IOException {
        Path minimal = copy("valid/minimal.yaml");
        Path windows = dir.resolve("windows.yaml");
        Files.writeString(windows, "\uFEFF" + Files.readString(minimal).replace("\n", "\r\n"));

        assertThat(run("roadmap", "validate", windows.toString())).isZero();
        assertThat(stdout()).containsExactly(windows + ": valid (minimal v1: 2 phases, 3 topics, 1 project, 1 checkpoint)");
    }
}
