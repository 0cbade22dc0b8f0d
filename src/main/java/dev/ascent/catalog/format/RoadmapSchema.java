package dev.ascent.catalog.format;

import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import dev.ascent.platform.YamlSchema;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** The published JSON Schema of format {@code ascent/roadmap@1}, applied to a YAML document. */
public final class RoadmapSchema {

    /** Where the schema lives on the classpath; the app also serves it at {@code /schemas/roadmap-v1.json}. */
    public static final String RESOURCE = "/static/schemas/roadmap-v1.json";

    private static final YamlSchema SCHEMA = YamlSchema.load(RESOURCE);

    private RoadmapSchema() {
    }

    static List<Problem> check(YamlDocument document, JsonNode root) {
        return SCHEMA.check(document, root);
    }
}
