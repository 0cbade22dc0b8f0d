package dev.ascent.lab.format;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.lab.SystemReport;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.SystemModel;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in model library: every file valid, linked to topics of the built-in roadmaps, moderate in size, and all loaded. */
class ModelLibraryTests {

    private static final Path MODELS = Path.of("src/main/resources/lab/models");
    private static final Path ROADMAPS = Path.of("src/main/resources/roadmaps");

    static final SystemValidator.Topics BUILT_IN_ROADMAPS = topics();

    private static SystemValidator.Topics topics() {
        Map<String, Set<String>> byRoadmap = new HashMap<>();
        try (var files = Files.list(ROADMAPS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Roadmap roadmap = RoadmapValidator.validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).roadmap();
                byRoadmap.put(roadmap.id(), roadmap.topics().stream().map(Roadmap.Topic::id).collect(Collectors.toSet()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new SystemValidator.Topics() {
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

    static List<String> files() throws IOException {
        try (var files = Files.list(MODELS)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBuiltInModelIsValidLinkedToRealTopicsAndModerate(String name) throws IOException {
        SystemReport report = SystemValidator.validate(name, Files.readString(MODELS.resolve(name), StandardCharsets.UTF_8), BUILT_IN_ROADMAPS);

        assertThat(report.problems()).as(name).isEmpty();
        SystemModel model = report.model();
        assertThat(name).isEqualTo(model.id() + ".yaml");
        assertThat(model.topics()).as("every model is about roadmap topics").isNotEmpty();
        assertThat(model.durationSeconds()).as("a realistic run").isBetween(60.0, 600.0);
        assertThat(peakRate(model)).as("requests a second at the busiest").isPositive().isLessThanOrEqualTo(2_000);
        assertThat(model.summary()).as("says what to look at and what to try").contains("Look at", "Try");
    }

    private static double peakRate(SystemModel model) {
        return switch (model.workload().arrivals()) {
            case dev.ascent.lab.engine.Arrivals.Constant c -> c.perSecond();
            case dev.ascent.lab.engine.Arrivals.Poisson p -> p.perSecond();
            case dev.ascent.lab.engine.Arrivals.Ramp r -> Math.max(r.from(), r.to());
            case dev.ascent.lab.engine.Arrivals.Spike s -> Math.max(s.base(), s.peak());
            case dev.ascent.lab.engine.Arrivals.Diurnal d -> d.mean() + d.amplitude();
        };
    }

    @Test
    void theLoaderReadsEveryFileInTheFolderAndCoversThePatternsAndScenarios() throws IOException {
        ModelLibrary library = ModelLibrary.load();

        assertThat(files()).containsExactlyInAnyOrderElementsOf(ModelLibrary.IDS.stream().map(id -> id + ".yaml").toList());
        assertThat(library.models()).extracting(SystemModel::id).containsExactlyElementsOf(ModelLibrary.IDS);
        assertThat(library.models()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(library.entry("retry-storm")).get().satisfies(e -> assertThat(e.yaml()).startsWith("format: ascent/system@1"));
        assertThat(library.entry("nope")).isEmpty();
        assertThat(ModelLibrary.builtIn().models()).hasSameSizeAs(library.models());
        // the scenarios that will run these models link the same topics
        assertThat(library.entry("retry-storm").get().model().topics()).contains("senior-judgment/stability-patterns");
        assertThat(library.entry("receipt-extraction-queue").get().model().topics()).contains("backend-junior-to-senior/message-queues");
        assertThat(library.entry("receipt-upload").get().model().topics()).contains("backend-junior-to-senior/message-queues");
        assertThat(library.entry("launch-capacity").get().model().topics()).contains("backend-growth-map/hc-capacity-estimation");
    }

    @Test
    void eachPatternUsesTheComponentsAndFaultsItIsAbout() {
        ModelLibrary library = ModelLibrary.load();

        assertThat(kinds(library, "slow-consumer-queue")).contains(Component.Queue.class);
        assertThat(kinds(library, "cache-stampede")).contains(Component.Cache.class);
        assertThat(library.entry("cache-stampede").get().model().faults()).hasOnlyElementsOfType(dev.ascent.lab.engine.Fault.CacheFlush.class);
        assertThat(kinds(library, "pool-exhaustion")).contains(Component.Database.class);
        assertThat(kinds(library, "database-bottleneck")).contains(Component.LoadBalancer.class, Component.Database.class);
        assertThat(library.entry("autoscaling-lag").get().model().components().getFirst())
                .isInstanceOfSatisfying(Component.Service.class, s -> assertThat(s.autoscaling()).isNotNull());
        assertThat(library.entry("bulkhead").get().model().components().getFirst())
                .isInstanceOfSatisfying(Component.Service.class, s -> assertThat(s.calls()).anyMatch(c -> c.resilience().bulkhead() != null));
        assertThat(library.entry("slow-dependency-without-timeouts").get().model().components().getFirst())
                .isInstanceOfSatisfying(Component.Service.class, s -> assertThat(s.calls()).allMatch(c -> c.resilience().timeoutMs() == null));
        assertThat(library.entry("retry-storm").get().model().components()).filteredOn(Component.Service.class::isInstance)
                .map(Component.Service.class::cast).flatMap(Component.Service::calls).filteredOn(c -> c.resilience().retry() != null)
                .hasSize(3);
    }

    private static List<Class<?>> kinds(ModelLibrary library, String id) {
        return library.entry(id).get().model().components().stream().<Class<?>>map(Object::getClass).toList();
    }
}
