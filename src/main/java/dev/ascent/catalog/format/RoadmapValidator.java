package dev.ascent.catalog.format;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates a roadmap file and, when it is sound, reads it into a {@link Roadmap}. Every problem
 * is reported at once: YAML errors, schema violations, then the rules the schema cannot express.
 * Plain Java, no Spring: the command line and the app use the same code.
 */
public final class RoadmapValidator {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RoadmapValidator() {
    }

    public static ValidationReport validate(String file, String text) {
        YamlDocument document = YamlDocument.parse(file, text);
        JsonNode root = document.root();
        if (root == null) {
            return new ValidationReport(file, document.problems(), null);
        }
        List<Problem> problems = new ArrayList<>(document.problems());
        if (!root.isObject()) {
            problems.add(Problem.at(file, document.lineOf(""), "", "the document is not a roadmap: expected a mapping that starts with 'format: ascent/roadmap@1'"));
            return new ValidationReport(file, problems, null);
        }
        problems.addAll(RoadmapSchema.check(document, root));
        problems.addAll(RoadmapRules.check(document, root));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            return new ValidationReport(file, Problem.reported(problems), null);
        }
        try {
            return new ValidationReport(file, List.of(), MAPPER.treeToValue(root, Roadmap.class));
        } catch (JacksonException e) {
            // The schema admits nothing the records cannot hold; reaching here is a bug, but still a clear answer.
            return new ValidationReport(file, List.of(Problem.ofFile(file, "could not be read: " + e.getOriginalMessage())), null);
        }
    }
}
