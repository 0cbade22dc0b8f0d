package dev.ascent.platform;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A published JSON Schema (draft 2020-12) applied to a {@link YamlDocument}, with the library's
 * messages rephrased for an author and placed on the line they concern. Used by every YAML
 * format Ascent reads (roadmaps, scenarios).
 */
public final class YamlSchema {

    private final Schema schema;

    private YamlSchema(Schema schema) {
        this.schema = schema;
    }

    /** Loads a schema from the classpath, e.g. {@code /static/schemas/roadmap-v1.json}. */
    public static YamlSchema load(String resource) {
        try (InputStream in = YamlSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("a schema is missing from the classpath: " + resource);
            }
            return new YamlSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Problem> check(YamlDocument document, JsonNode root) {
        var problems = new LinkedHashSet<Problem>();
        for (Error error : schema.validate(root)) {
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

    /** Ids, "roadmap/topic" references, URLs and durations are the only patterns the formats use. */
    private static String pattern(String regex, String value) {
        if (regex.endsWith("(ms|s|m|h)$")) {
            return "'%s' is not a duration: write a number and a unit (ms, s, m or h), e.g. 120ms or 2s".formatted(value);
        }
        if (regex.startsWith("^https?")) {
            return "'%s' is not a valid http(s) URL".formatted(value);
        }
        if (regex.contains("/")) {
            return "'%s' is not a topic reference: write roadmap-id/topic-id in kebab-case, e.g. 'backend-growth-map/sql-basics'".formatted(value);
        }
        return "'%s' is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), e.g. 'sql-basics'".formatted(value);
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
    private @Nullable String message(Error error) {
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
            case "type" -> isDuration(error) ? "%s is not a duration: write a number and a unit (ms, s, m or h), e.g. 120ms or 2s"
                    .formatted(describe(error.getInstanceNode()))
                    : "must be %s, not %s".formatted(article(String.valueOf(error.getSchemaNode().asString())), describe(error.getInstanceNode()));
            case "pattern" -> pattern(error.getSchemaNode().asString(), text(error.getInstanceNode()));
            case "minimum" -> "must be at least %s, not %s".formatted(error.getSchemaNode(), number(error.getInstanceNode()));
            case "maximum" -> "must be at most %s, not %s".formatted(error.getSchemaNode(), number(error.getInstanceNode()));
            case "exclusiveMinimum" -> "must be more than %s, not %s".formatted(error.getSchemaNode(), number(error.getInstanceNode()));
            case "minLength" -> error.getSchemaNode().asInt() == 1 ? "must not be empty" : "must be at least %s characters long".formatted(error.getSchemaNode());
            case "maxLength" -> "is %d characters long; at most %s are allowed".formatted(text(error.getInstanceNode()).length(), error.getSchemaNode());
            case "minItems" -> error.getSchemaNode().asInt() == 1 ? "must list at least one item" : "must list at least %s items".formatted(error.getSchemaNode());
            case "maxItems" -> "lists %d items; at most %s are allowed".formatted(error.getInstanceNode().size(), error.getSchemaNode());
            case "uniqueItems" -> "lists the same item twice";
            case "minProperties" -> "must name at least one of its properties";
            case "maxProperties" -> error.getSchemaNode().asInt() == 1
                    ? "must name exactly one of its properties, not %d".formatted(error.getInstanceNode().size())
                    : "names %d properties; at most %s are allowed".formatted(error.getInstanceNode().size(), error.getSchemaNode());
            case "items", "prefixItems" -> "must be a pair [first, last]";
            case "false" -> null;
            default -> error.getMessage() + (args.length > 0 ? "" : "");
        };
    }

    /** A value checked by a schema's {@code duration} definition (the system format's "120ms", "2s"). */
    private static boolean isDuration(Error error) {
        return String.valueOf(error.getSchemaLocation().getFragment()).endsWith("$defs/duration/type");
    }

    /** The properties the schema allows where an unknown one was found, read from the schema itself. */
    private List<String> allowedProperties(Error error) {
        String fragment = String.valueOf(error.getSchemaLocation().getFragment());
        String parent = fragment.endsWith("/additionalProperties")
                ? fragment.substring(0, fragment.length() - "/additionalProperties".length()) : fragment;
        String at = parent.isEmpty() ? "/properties" : parent.startsWith("/") ? parent + "/properties" : "/" + parent + "/properties";
        JsonNode properties = schema.getSchemaNode().at(at);
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

    /** A number as an author would write it: 1E+100 rather than a hundred zeros. */
    private static String number(JsonNode node) {
        if (node != null && node.isBigInteger() && node.bigIntegerValue().abs().bitLength() > 63) {
            return new java.math.BigDecimal(node.bigIntegerValue()).round(new java.math.MathContext(6)).stripTrailingZeros().toString();
        }
        return String.valueOf(node);
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
