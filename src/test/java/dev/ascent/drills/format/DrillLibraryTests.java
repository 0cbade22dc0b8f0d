package dev.ascent.drills.format;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.drills.Drill;
import dev.ascent.drills.DrillReport;
import dev.ascent.lab.BuiltInModels;
import dev.ascent.lab.engine.RunOptions;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.Simulation;
import dev.ascent.lab.engine.SystemModel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in drills validate against the lab's models and the built-in roadmaps, are complete enough to play, and
 * are tuned: left alone (no action taken, every fault at its earliest time), the SLO is breached and a page fires
 * within the first third of the drill, and the SLO never holds long enough to count as recovered before the end.
 */
class DrillLibraryTests {

    private static final Path ROADMAPS = Path.of("src/main/resources/roadmaps");
    private static final Path DRILLS = Path.of("src/main/resources/drills");
    static final DrillValidator.Topics BUILT_IN_ROADMAPS = topics();

    private static DrillValidator.Topics topics() {
        Map<String, Set<String>> byRoadmap = new HashMap<>();
        try (Stream<Path> files = Files.list(ROADMAPS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Roadmap roadmap = RoadmapValidator.validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).roadmap();
                byRoadmap.put(roadmap.id(), roadmap.topics().stream().map(Roadmap.Topic::id).collect(Collectors.toSet()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new DrillValidator.Topics() {
            @Override
            public Set<String> roadmapIds() {
                return byRoadmap.keySet();
            }

            @Override
            public @Nullable Set<String> topicIds(String roadmapId) {
                return byRoadmap.get(roadmapId);
            }
        };
    }

    private static Drill drill(String id) {
        DrillReport report = DrillValidator.validate(id + ".yaml", DrillFixtures.read(id), DrillValidator.BUILT_IN, BUILT_IN_ROADMAPS);
        assertThat(report.problems()).as(id).isEmpty();
        return report.drill();
    }

    @Test
    void theFolderHoldsExactlyTheSixDrills() throws IOException {
        try (Stream<Path> files = Files.list(DRILLS)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    DrillFixtures.IDS.stream().map(id -> id + ".yaml").toList());
        }
    }

    @ParameterizedTest
    @FieldSource("dev.ascent.drills.format.DrillFixtures#IDS")
    void eachDrillIsCompleteEnoughToPlay(String id) {
        Drill drill = drill(id);

        assertThat(drill.id()).isEqualTo(id);
        assertThat(drill.topics()).as("tied to roadmap topics").hasSizeGreaterThanOrEqualTo(2);
        assertThat(drill.dashboards()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(drill.alerts()).hasSizeGreaterThanOrEqualTo(2).anyMatch(a -> a.severity() == Drill.Alert.Severity.PAGE);
        assertThat(drill.logs()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(drill.actions()).hasSizeBetween(5, 8);
        assertThat(drill.hints()).hasSizeBetween(2, 4);
        assertThat(drill.solution()).isNotEmpty();
        assertThat(drill.actions()).as("more on offer than the solution").hasSizeGreaterThan(drill.solution().size() + 2);
    }

    @ParameterizedTest
    @FieldSource("dev.ascent.drills.format.DrillFixtures#IDS")
    void leftAloneTheDrillPagesEarlyAndDoesNotRecover(String id) {
        Drill drill = drill(id);
        SystemModel base = BuiltInModels.model(drill.model()).orElseThrow();
        SystemModel model = new SystemModel(base.id(), base.title(), base.summary(), base.topics(), drill.durationSeconds(), drill.seed(),
                base.workload(), base.components(), drill.faults().stream().map(Drill.HiddenFault::fault).toList());

        RunResult run = Simulation.run(model, RunOptions.DEFAULTS.withDuration(drill.durationSeconds()).withMaxWallMillis(60_000));

        assertThat(run.cutoff()).isNull();
        Signals signals = new Signals(drill, run);
        double third = drill.durationSeconds() / 3;
        assertThat(signals.firstBreach()).as("the SLO is breached in the first third").isBetween(0, (int) third);
        assertThat(signals.firstPage()).as("a page fires in the first third").isBetween(0, (int) third);
        assertThat(signals.recoveredAt()).as("the SLO never holds %s s before the end", drill.holdSeconds()).isEqualTo(-1);
    }
}
