package dev.ascent.practice.format;

import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import dev.ascent.platform.YamlSchema;
import dev.ascent.practice.Scenario;
import dev.ascent.practice.ScenarioReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates a scenario file and, when it is sound, reads it into a {@link Scenario}: YAML errors,
 * schema violations and the rules the schema cannot express, all at once, each with its line.
 * Plain Java; the app passes the published roadmaps so linked topics are checked too.
 */
public final class ScenarioValidator {

    public static final String FORMAT = "ascent/scenario@1";
    /** On the classpath; the app serves it at {@code /schemas/scenario-v1.json}. */
    public static final String SCHEMA_RESOURCE = "/static/schemas/scenario-v1.json";

    private static final YamlSchema SCHEMA = YamlSchema.load(SCHEMA_RESOURCE);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The roadmaps a scenario may link to: their ids, and the topic ids of each. */
    public interface Topics {
        Set<String> roadmapIds();

        /** The topic ids of a roadmap, or null when there is no such roadmap. */
        @Nullable Set<String> topicIds(String roadmapId);
    }

    private ScenarioValidator() {
    }

    public static ScenarioReport validate(String file, String text, @Nullable Topics topics) {
        YamlDocument document = YamlDocument.parse(file, text, FORMAT);
        JsonNode root = document.root();
        if (root == null) {
            return new ScenarioReport(file, document.problems(), null);
        }
        List<Problem> problems = new ArrayList<>(document.problems());
        if (!root.isObject()) {
            problems.add(Problem.at(file, document.lineOf(""), "", "the document is not a scenario: expected a mapping that starts with 'format: " + FORMAT + "'"));
            return new ScenarioReport(file, problems, null);
        }
        problems.addAll(SCHEMA.check(document, root));
        problems.addAll(ScenarioRules.check(document, root, topics));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            return new ScenarioReport(file, Problem.reported(problems), null);
        }
        try {
            return new ScenarioReport(file, List.of(), MAPPER.treeToValue(root, Scenario.class));
        } catch (JacksonException e) {
            return new ScenarioReport(file, List.of(Problem.ofFile(file, "could not be read: " + e.getOriginalMessage())), null);
        }
    }

    /** The scenario of a file already validated and stored, read back from its JSON form. */
    public static Scenario read(JsonNode document) {
        return MAPPER.treeToValue(document, Scenario.class);
    }
}
