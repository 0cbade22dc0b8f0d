package dev.ascent.catalog.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** The published JSON Schema of format {@code ascent/roadmap@1}, applied to a YAML document. */
public final class RoadmapSchema {

    /** Where the schema lives on the classpath; the app also serves it at {@code /schemas/roadmap-v1.json}. */
    public static final String RESOURCE = "/static/schemas/roadmap-v1.json";

    private static final Schema SCHEMA = load();

    private RoadmapSchema() {
    }

    private static Schema load() {
        try (InputStream in = RoadmapSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the roadmap schema is missing from the classpath: " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Problem> check(YamlDocument document, JsonNode root) {
        var problems = new LinkedHashSet<Problem>();
        for (Error error : SCHEMA.validate(root)) {
            String pointer = pointer(error.getInstanceLocation());
            String message = message(error);
            if (message == null) {
                continue;
            }
            if (error.getProperty() != null && "additionalProperties".equals(error.getKeyword())) {
                pointer = pointer + "/" + error.getProperty();
            }
            problems.add(document.problem(pointer, message));
        }
        var sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return sorted;
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** Phrases the library's messages for an author; null drops noise that another error already explains. */
    private static String message(Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        return switch (keyword) {
            case "required" -> "missing required property '%s'".formatted(error.getProperty());
            case "additionalProperties" -> "unknown property '%s'%s".formatted(error.getProperty(),
                    Suggestions.closest(error.getProperty(), allowedProperties(error))
                            .map("; did you mean '%s'?"::formatted)
                            .orElse("; see the schema for the properties allowed here"));
            case "const" -> "must be '%s', not %s".formatted(error.getSchemaNode().asString(), describe(error.getInstanceNode()));
            case "enum" -> "must be one of %s, not %s".formatted(oneOf(error.getSchemaNode()), describe(error.getInstanceNode()));
            case "type" -> "must be %s, not %s".formatted(article(String.valueOf(error.getSchemaNode().asString())), describe(error.getInstanceNode()));
            case "pattern" -> error.getSchemaNode().asString().startsWith("^[a-z0-9]")
                    ? "'%s' is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), e.g. 'sql-basics'".formatted(text(error.getInstanceNode()))
                    : "'%s' is not a valid http(s) URL".formatted(text(error.getInstanceNode()));
            case "minimum" -> "must be at least %s, not %s".formatted(error.getSchemaNode(), error.getInstanceNode());
            case "maximum" -> "must be at most %s, not %s".formatted(error.getSchemaNode(), error.getInstanceNode());
            case "exclusiveMinimum" -> "must be more than %s, not %s".formatted(error.getSchemaNode(), error.getInstanceNode());
            case "minLength" -> error.getSchemaNode().asInt() == 1 ? "must not be empty" : "must be at least %s characters long".formatted(error.getSchemaNode());
            case "maxLength" -> "is %d characters long; at most %s are allowed".formatted(text(error.getInstanceNode()).length(), error.getSchemaNode());
            case "minItems" -> error.getSchemaNode().asInt() == 1 ? "must list at least one item" : "must list at least %s items".formatted(error.getSchemaNode());
            case "maxItems" -> "lists %d items; at most %s are allowed".formatted(error.getInstanceNode().size(), error.getSchemaNode());
            case "uniqueItems" -> "lists the same item twice";
            case "minProperties" -> "must name at least one of its properties";
            case "items", "prefixItems" -> "must be a pair [first, last]";
            case "false" -> null;
            default -> error.getMessage() + (args.length > 0 ? "" : "");
        };
    }

    /** The properties the schema allows where an unknown one was found, read from the schema itself. */
    private static List<String> allowedProperties(Error error) {
        String fragment = String.valueOf(error.getSchemaLocation().getFragment());
        String parent = fragment.endsWith("/additionalProperties")
                ? fragment.substring(0, fragment.length() - "/additionalProperties".length()) : fragment;
        JsonNode properties = SCHEMA.getSchemaNode().at(parent.startsWith("/") ? parent + "/properties" : "/" + parent + "/properties");
        return properties.isObject() ? List.copyOf(properties.propertyNames()) : List.of();
    }

    /** 'a', 'b' or 'c' */
    private static String oneOf(JsonNode values) {
        List<String> quoted = values.valueStream().map(v -> "'" + (v.isString() ? v.asString() : v.toString()) + "'").toList();
        return quoted.size() == 1 ? quoted.getFirst()
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "empty";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isString()) {
            return "'" + node.asString() + "'";
        }
        return node.toString();
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.isString() ? node.asString() : node.toString();
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "string" -> "text";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }
}
