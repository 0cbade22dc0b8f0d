package dev.ascent.practice;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.practice.format.ScenarioValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in scenario library: every file valid against the format and the built-in roadmaps, and the seed's themes covered. */
class ScenarioLibraryTests {

    private static final Path SCENARIOS = Path.of("src/main/resources/scenarios");
    private static final Path ROADMAPS = Path.of("src/main/resources/roadmaps");

    static final ScenarioValidator.Topics BUILT_IN_ROADMAPS = topics();

    static ScenarioValidator.Topics topics() {
        Map<String, Set<String>> byRoadmap = new HashMap<>();
        try (var files = Files.list(ROADMAPS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Roadmap roadmap = RoadmapValidator.validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).roadmap();
                byRoadmap.put(roadmap.id(), roadmap.topics().stream().map(Roadmap.Topic::id).collect(Collectors.toSet()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ScenarioValidator.Topics() {
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

    static Stream<Path> scenarios() throws IOException {
        try (var files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyBuiltInScenarioIsValidAndLinksToRealTopics(Path file) throws IOException {
        ScenarioReport report = ScenarioValidator.validate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), BUILT_IN_ROADMAPS);

        assertThat(report.problems()).as(file.toString()).isEmpty();
        Scenario scenario = report.scenario();
        assertThat(file.getFileName().toString()).isEqualTo(scenario.id() + ".yaml");
        assertThat(scenario.topics()).as("every scenario exercises roadmap topics").isNotEmpty();
        assertThat(scenario.signals()).as("at least one signal is a metric, drawn as a chart")
                .anyMatch(s -> s instanceof Scenario.Metric);
        assertThat(scenario.options()).extracting(Scenario.Option::quality).contains(Scenario.Quality.STRONG);
        for (var signal : scenario.signals()) {
            if (signal instanceof Scenario.Metric metric) {
                // the chart shows "title unit": a title that already ends in its unit reads "per day per day"
                assertThat(metric.title().toLowerCase(java.util.Locale.ROOT)).as(file + ": " + metric.title())
                        .doesNotEndWith(metric.unit().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void theLibraryHoldsAtLeastFifteenScenariosCoveringTheSeedsThemes() throws IOException {
        List<String> ids = scenarios().map(p -> p.getFileName().toString().replace(".yaml", "")).toList();

        assertThat(ids).hasSizeGreaterThanOrEqualTo(15);
        // one scenario per theme the third seed names as the mid-to-senior step
        assertThat(ids).contains("fails-under-certain-conditions", "friction-nobody-can-place", "scale-without-breaking",
                "should-we-add-a-queue", "over-engineering-temptation", "incident-in-progress", "dependency-turns-critical",
                "flying-blind", "solve-it-now", "review-for-impact", "alternative-outside-your-area", "two-designs-clear-tradeoffs");
        long withCharts = scenarios().filter(p -> {
            try {
                return Files.readString(p).contains("type: metric");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(withCharts).as("scenarios with metric signals").isGreaterThanOrEqualTo(10);
    }
}
