package dev.ascent;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ascent.platform.YamlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the decision-scenario drafts under {@code src/main/resources/scenarios/} honest until the
 * practice module (issue 6) loads them: every file must parse, match {@code scenario-v1.json} and
 * obey the rules the schema cannot express.
 */
class ScenarioFilesTests {

    private static final Path SCENARIOS = Path.of("src/main/resources/scenarios");
    private static final Path ROADMAPS = Path.of("src/main/resources/roadmaps");

    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try (InputStream in = ScenarioFilesTests.class.getResourceAsStream("/static/schemas/scenario-v1.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> scenarios() throws IOException {
        if (!Files.isDirectory(SCENARIOS)) {
            return Stream.empty();
        }
        try (var files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static JsonNode read(Path file) throws IOException {
        var document = YamlDocument.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertThat(document.problems()).as("YAML problems in %s", file).isEmpty();
        return document.root();
    }

    private static Map<String, Set<String>> topicsByRoadmap() throws IOException {
        var topics = new HashMap<String, Set<String>>();
        try (var files = Files.list(ROADMAPS)) {
            for (Path file : files.toList()) {
                JsonNode root = read(file);
                var ids = new HashSet<String>();
                root.get("topics").forEach(topic -> ids.add(topic.get("id").asString()));
                topics.put(root.get("id").asString(), ids);
            }
        }
        return topics;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioMatchesTheFormat(Path file) throws IOException {
        JsonNode root = read(file);
        List<String> problems = new ArrayList<>();
        for (Error error : SCHEMA.validate(root)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        assertThat(problems).as("schema problems in %s", file).isEmpty();

        assertThat(root.get("id").asString() + ".yaml").isEqualTo(file.getFileName().toString());
        assertThat(unique(root.get("options"), "id")).as("option ids in %s", file).isTrue();
        assertThat(unique(root.get("rubric"), "id")).as("rubric ids in %s", file).isTrue();

        var qualities = new HashSet<String>();
        root.get("options").forEach(option -> qualities.add(option.get("quality").asString()));
        assertThat(qualities).as("at least one strong option in %s", file).contains("strong");

        for (JsonNode signal : root.get("signals")) {
            if ("metric".equals(signal.get("type").asString())) {
                int labels = signal.get("labels").size();
                for (JsonNode series : signal.get("series")) {
                    assertThat(series.get("points").size())
                            .as("points of series '%s' in %s", series.get("name").asString(), file)
                            .isEqualTo(labels);
                }
            }
        }

        var topics = topicsByRoadmap();
        if (root.has("topics")) {
            for (JsonNode reference : root.get("topics")) {
                String[] parts = reference.asString().split("/", 2);
                assertThat(topics.getOrDefault(parts[0], Set.of()))
                        .as("topic %s named by %s", reference.asString(), file)
                        .contains(parts[1]);
            }
        }
    }

    @Test
    void theSchemaRejectsAScenarioWithoutOptionsOrWithAnUnknownQuality() {
        var document = YamlDocument.parse("broken.yaml", """
                format: ascent/scenario@1
                id: broken
                version: 1
                title: Broken
                level: senior
                summary: s
                situation: s
                signals: [{type: log, title: t, lines: [a]}]
                questions: [q]
                options: [{id: a, title: A, summary: s, pros: [p], cons: [c], consequence: c, quality: brilliant}]
                debrief: d
                rubric: [{id: risk, title: Risk, good: g}]
                """);
        assertThat(document.problems()).isEmpty();
        var errors = SCHEMA.validate(document.root());
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .anyMatch(location -> location.contains("options"));
        assertThat(errors).anyMatch(e -> e.getInstanceLocation().toString().contains("quality"));
    }

    private static boolean unique(JsonNode items, String field) {
        var seen = new HashSet<String>();
        for (JsonNode item : items) {
            if (!seen.add(item.get(field).asString())) {
                return false;
            }
        }
        return true;
    }
}
