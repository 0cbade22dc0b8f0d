package dev.ascent.drills.format;

import dev.ascent.drills.DrillReport;
import dev.ascent.lab.BuiltInModels;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import dev.ascent.platform.YamlSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates an incident drill file ({@code ascent/drill@1}) and, when it is sound, reads it into a
 * {@link dev.ascent.drills.Drill}: YAML errors and bounds, schema violations, then what only the lab model can say
 * (components, calls, faults inside the run, the size of a run), all at once, each with its line. Plain Java.
 */
public final class DrillValidator {

    public static final String FORMAT = "ascent/drill@1";
    /** On the classpath; the app serves it at {@code /schemas/drill-v1.json}. */
    public static final String SCHEMA_RESOURCE = "/static/schemas/drill-v1.json";

    private static final YamlSchema SCHEMA = YamlSchema.load(SCHEMA_RESOURCE);

    /**
     * How the validator finds the lab model a drill names ({@code BuiltInModels::model} will do), and which ids exist,
     * for "did you mean" (none, unless given).
     */
    @FunctionalInterface
    public interface Models {
        Optional<SystemModel> model(String id);

        default Collection<String> ids() {
            return List.of();
        }

        static Models of(Function<String, Optional<SystemModel>> find, Collection<String> ids) {
            return new Models() {
                @Override
                public Optional<SystemModel> model(String id) {
                    return find.apply(id);
                }

                @Override
                public Collection<String> ids() {
                    return ids;
                }
            };
        }
    }

    /** The lab's built-in models, as the command line and the app use them. */
    public static final Models BUILT_IN = Models.of(BuiltInModels::model, BuiltInModels.ids());

    /** The roadmaps a drill may link to: their ids, and the topic ids of each. */
    public interface Topics {
        Set<String> roadmapIds();

        /** The topic ids of a roadmap, or null when there is no such roadmap. */
        @Nullable Set<String> topicIds(String roadmapId);
    }

    private DrillValidator() {
    }

    public static DrillReport validate(String file, String text, Models models, @Nullable Topics topics) {
        YamlDocument document = YamlDocument.parse(file, text, FORMAT);
        JsonNode root = document.root();
        if (root == null) {
            return new DrillReport(file, document.problems(), null);
        }
        List<Problem> problems = new ArrayList<>(document.problems());
        if (!root.isObject()) {
            problems.add(Problem.at(file, document.lineOf(""), "", "the document is not a drill: expected a mapping that starts with 'format: " + FORMAT + "'"));
            return new DrillReport(file, problems, null);
        }
        problems.addAll(SCHEMA.check(document, root));
        String modelId = Times.text(root.path("model"));
        SystemModel model = modelId == null ? null : models.model(modelId).orElse(null);
        problems.addAll(DrillRules.check(document, root, model, models, topics, problems.isEmpty()));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            return new DrillReport(file, Problem.reported(problems), null);
        }
        return new DrillReport(file, List.of(), DrillReader.read(root));
    }
}
