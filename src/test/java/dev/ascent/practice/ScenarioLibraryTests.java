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
                "flying-blind", "fragile-part-nobody-touches", "review-for-impact", "alternative-outside-your-area", "two-designs-clear-tradeoffs");
        long withCharts = scenarios().filter(p -> {
            try {
                return Files.readString(p).contains("type: metric");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(withCharts).as("scenarios with metric signals").isGreaterThanOrEqualTo(10);
    }

    private static Scenario builtIn(String id) throws IOException {
        Path file = SCENARIOS.resolve(id + ".yaml");
        return ScenarioValidator.validate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), BUILT_IN_ROADMAPS).scenario();
    }

    private static String text(Scenario.Option option) {
        return String.join("\n", option.summary(), String.join("\n", option.pros()), String.join("\n", option.cons()), option.consequence())
                .replaceAll("\\s+", " ");
    }

    @Test
    void theMigrationsStrongOptionDropsTheReverseTriggerBeforeTheLimitAndMovesTheSequence() throws IOException {
        Scenario migration = builtIn("zero-downtime-migration");
        Scenario.Option strong = migration.option("expand-backfill-swap").orElseThrow();

        assertThat(strong.quality()).isEqualTo(Scenario.Quality.STRONG);
        // the reverse trigger cannot copy an id above 2^31-1 into the old integer column: it must go before that id
        assertThat(strong.summary().replaceAll("\\s+", " "))
                .contains("drop the reverse trigger", "before the sequence reaches the limit", "move the sequence to the new column");
        assertThat(strong.consequence().replaceAll("\\s+", " "))
                .contains("moved the sequence to the new column", "dropped the reverse trigger");
        String consequence = strong.consequence().replaceAll("\\s+", " ");
        assertThat(consequence.indexOf("dropped the reverse trigger")).as("the trigger goes before ids cross the limit")
                .isLessThan(consequence.indexOf("crossed 2,147,483,647"));
        assertThat(migration.debrief().replaceAll("\\s+", " ")).contains("dropping the reverse trigger, which has to happen before the first id above 2,147,483,647");
    }

    @Test
    void theNegativeSequenceLastsAboutTenMonthsAtTheRateTheScenarioStates() throws IOException {
        Scenario migration = builtIn("zero-downtime-migration");
        Scenario.Metric ids = (Scenario.Metric) migration.signals().getFirst();
        List<Double> points = ids.series().getFirst().points();
        double perWeek = points.getLast() - points.get(points.size() - 2);          // million ids in the latest week
        double months = (Math.pow(2, 31) / 1e6) / perWeek / (52.0 / 12);             // the whole negative range at that rate

        assertThat(months).isBetween(9.5, 10.8);
        Scenario.Option negative = migration.option("negative-sequence-stopgap").orElseThrow();
        assertThat(text(negative)).contains("about ten months", "%d million ids a week".formatted(Math.round(perWeek)))
                .doesNotContain("over a year", "buy a year", "next year");
        assertThat(negative.title()).contains("about ten months");
    }

    @Test
    void retryStormsCachedPricesAreAboutHalfAnHourOldWhenProductPagesSwitchToThem() throws IOException {
        Scenario storm = builtIn("retry-storm");
        Scenario.Log log = storm.signals().stream().filter(Scenario.Log.class::isInstance).map(Scenario.Log.class::cast).findFirst().orElseThrow();
        // the refresh calls pricing, so it keeps failing once pricing does; the flags are flipped at 10:42
        assertThat(log.lines()).anyMatch(line -> line.contains("price cache refresh failed") && line.contains("keeping prices from 10:10"));
        Scenario.Option strong = storm.option("cut-amplification-and-degrade").orElseThrow();
        assertThat(text(strong)).contains("Flags were flipped at 10:42", "about 30 minutes old", "about half an hour old");

        String everything = String.join("\n", storm.situation(), String.join("\n", storm.questions()), storm.debrief(),
                storm.options().stream().map(ScenarioLibraryTests::text).collect(Collectors.joining("\n"))).replaceAll("\\s+", " ");
        assertThat(everything).doesNotContainIgnoringCase("up to 10 minutes old").doesNotContainIgnoringCase("up to ten minutes old")
                .doesNotContain("slightly stale");
    }

    @Test
    void theIdOverflowPremiseIsToldOnceAndTheReplacementTrainsFragileCodeAndPastDecisions() throws IOException {
        List<String> ids = scenarios().map(p -> p.getFileName().toString().replace(".yaml", "")).toList();
        assertThat(ids).doesNotContain("solve-it-now").contains("fragile-part-nobody-touches");

        Scenario fragile = builtIn("fragile-part-nobody-touches");
        assertThat(fragile.topics()).contains("senior-judgment/fragility-hotspots", "senior-judgment/learn-why-decisions",
                "senior-judgment/deliberate-tool-adoption");
        assertThat(fragile.signals()).filteredOn(Scenario.Metric.class::isInstance).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fragile.options()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(fragile.rubric()).hasSizeGreaterThanOrEqualTo(4);
        long aboutIdOverflow = scenarios().filter(p -> {
            try {
                return Files.readString(p).contains("2,147,483,647");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(aboutIdOverflow).as("scenarios built on a 32-bit id running out").isEqualTo(1);
    }

    @Test
    void earlierVersionsAndRetiredScenariosAreKeptValidAndOlderThanTheLibrarysOwn() throws IOException {
        List<Path> previous;
        try (var files = Files.list(SCENARIOS.resolve("previous"))) {
            previous = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(previous).extracting(p -> p.getFileName().toString())
                .contains("solve-it-now-1.yaml", "retry-storm-1.yaml", "zero-downtime-migration-1.yaml");
        for (Path file : previous) {
            ScenarioReport report = ScenarioValidator.validate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), BUILT_IN_ROADMAPS);
            assertThat(report.problems()).as(file.toString()).isEmpty();
            Scenario kept = report.scenario();
            assertThat(file.getFileName().toString()).isEqualTo(kept.id() + "-" + kept.version() + ".yaml");
            Path current = SCENARIOS.resolve(kept.id() + ".yaml");
            if (Files.exists(current)) {
                assertThat(builtIn(kept.id()).version()).as(file + " is older than the shipped file").isGreaterThan(kept.version());
            }
        }
    }
}
