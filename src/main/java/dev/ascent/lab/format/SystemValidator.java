package dev.ascent.lab.format;

import dev.ascent.lab.SystemReport;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import dev.ascent.platform.YamlSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates a system model file ({@code ascent/system@1}) and, when it is sound, reads it into a
 * {@link dev.ascent.lab.engine.SystemModel}: YAML errors, schema violations, ids and references, cycles of
 * synchronous calls, impossible numbers and sizes past {@link SystemLimits}, all at once, each with its line.
 * Plain Java; pass the published roadmaps to have linked topics checked too.
 */
public final class SystemValidator {

    public static final String FORMAT = "ascent/system@1";
    /** On the classpath; the app serves it at {@code /schemas/system-v1.json}. */
    public static final String SCHEMA_RESOURCE = "/static/schemas/system-v1.json";

    private static final YamlSchema SCHEMA = YamlSchema.load(SCHEMA_RESOURCE);

    /** The roadmaps a model may link to: their ids, and the topic ids of each. */
    public interface Topics {
        Set<String> roadmapIds();

        /** The topic ids of a roadmap, or null when there is no such roadmap. */
        @Nullable Set<String> topicIds(String roadmapId);
    }

    private SystemValidator() {
    }

    public static SystemReport validate(String file, String text, @Nullable Topics topics) {
        YamlDocument document = YamlDocument.parse(file, text, FORMAT);
        JsonNode root = document.root();
        if (root == null) {
            return new SystemReport(file, document.problems(), null);
        }
        List<Problem> problems = new ArrayList<>(document.problems());
        if (!root.isObject()) {
            problems.add(Problem.at(file, document.lineOf(""), "", "the document is not a system model: expected a mapping that starts with 'format: " + FORMAT + "'"));
            return new SystemReport(file, problems, null);
        }
        problems.addAll(SCHEMA.check(document, root));
        ModelTree tree = new ModelTree(root);
        problems.addAll(SystemRules.check(document, tree, topics));
        // the expected work of a run is only estimated for a model whose shape and references are right
        problems.addAll(SystemNumbers.check(document, tree, problems.isEmpty()));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            return new SystemReport(file, Problem.reported(problems), null);
        }
        return new SystemReport(file, List.of(), ModelReader.read(root));
    }
}
