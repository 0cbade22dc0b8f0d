package dev.ascent.platform.formats;

import dev.ascent.platform.formats.SchemaReference.Definition;
import dev.ascent.platform.formats.SchemaReference.Field;
import dev.ascent.platform.formats.SchemaReference.Phrase;
import dev.ascent.platform.formats.SchemaReference.Shape;
import dev.ascent.platform.formats.SchemaReference.Variant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON Schema (draft 2020-12, the keywords Ascent's formats use) into a {@link SchemaReference}.
 * A {@code $ref} is never expanded: it becomes a link to its definition, which is read once on its
 * own; so reference cycles cannot recurse, and a missing definition is named rather than thrown.
 * Keywords it does not know are listed as "also checked" so the page never claims less than the
 * validator checks. Plain Java: no Spring.
 */
final class SchemaReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Past this nesting depth a schema is summarised instead of read further (only a hostile schema gets there). */
    private static final int MAX_DEPTH = 32;

    /** Keywords read below, or annotations with nothing to check. */
    private static final Set<String> KNOWN = Set.of("$schema", "$id", "$comment", "$defs", "definitions", "$ref", "title",
            "description", "type", "properties", "required", "additionalProperties", "unevaluatedProperties", "items",
            "prefixItems", "enum", "const", "allOf", "anyOf", "oneOf", "if", "then", "else", "minLength", "maxLength",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
            "minProperties", "maxProperties", "pattern", "format", "default", "examples", "multipleOf", "deprecated");

    private final JsonNode definitions;

    private SchemaReader(JsonNode schema) {
        JsonNode defs = schema.get("$defs");
        this.definitions = defs != null && defs.isObject() ? defs : schema.path("definitions");
    }

    /** Reads a schema from the classpath, e.g. {@code /static/schemas/roadmap-v1.json}. */
    static SchemaReference load(String resource) {
        try (InputStream in = SchemaReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("a schema is missing from the classpath: " + resource);
            }
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SchemaReference read(String json) {
        return read(JSON.readTree(json));
    }

    static SchemaReference read(JsonNode schema) {
        SchemaReader reader = new SchemaReader(schema);
        List<Definition> definitions = new ArrayList<>();
        if (reader.definitions.isObject()) {
            for (Map.Entry<String, JsonNode> def : reader.definitions.properties()) {
                definitions.add(new Definition(def.getKey(), anchor(def.getKey()), reader.shape(def.getValue(), 0)));
            }
        }
        String title = schema.isObject() && schema.path("title").isString() ? schema.get("title").asString() : "Schema";
        String description = schema.isObject() ? text(schema, "description") : null;
        return new SchemaReference(title, description, reader.shape(schema, 0), List.copyOf(definitions));
    }

    static String anchor(String definition) {
        return "def-" + definition.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private Shape shape(JsonNode node, int depth) {
        if (node.isBoolean()) {
            return simple(Phrase.of(node.booleanValue() ? "any value" : "nothing is allowed here"));
        }
        if (!node.isObject()) {
            return simple(Phrase.of("any value"));
        }
        if (depth > MAX_DEPTH) {
            return simple(Phrase.of("nested too deeply to show here; see the JSON Schema"));
        }
        List<Phrase> rules = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        String description = text(node, "description");
        if (description == null) {
            description = text(node, "title");
        }
        Phrase type = type(node);

        objectRules(node, rules, fields, depth);
        Constraints.words(node).forEach(rules::add);

        JsonNode items = node.get("items");
        JsonNode prefix = node.get("prefixItems");
        if (prefix != null && prefix.isArray()) {
            int required = node.path("minItems").asInt(0);
            int i = 0;
            for (JsonNode position : prefix.values()) {
                Shape item = shape(position, depth + 1);
                fields.add(new Field("item " + (i + 1), i < required, item));
                i++;
            }
            rules.add(Phrase.of("items in the order listed below"));
            if (items != null && items.isBoolean() && !items.booleanValue()) {
                rules.add(Phrase.of("no items beyond those"));
            }
        }
        if (items != null && !items.isBoolean()) {
            Shape item = shape(items, depth + 1);
            if (!item.rules().isEmpty()) {
                item.rules().forEach(rule -> rules.add(Phrase.builder().text("each item: ").append(rule).build()));
            }
            fields.addAll(item.fields());
            variants.addAll(item.variants());
            if (item.description() != null) {
                description = description == null ? item.description() : description + " Each item: " + item.description();
            }
        }

        conditionals(node, variants, depth);
        unknownKeywords(node, rules);
        String constant = node.has("const") ? literal(node.get("const")) : null;
        return new Shape(type, description, List.copyOf(rules), List.copyOf(fields), List.copyOf(variants), constant);
    }

    private static Shape simple(Phrase type) {
        return new Shape(type, null, List.of(), List.of(), List.of(), null);
    }

    /** Properties, which of them are required, and whether others are allowed. */
    private void objectRules(JsonNode node, List<Phrase> rules, List<Field> fields, int depth) {
        Set<String> required = new HashSet<>();
        JsonNode names = node.path("required");
        if (names.isArray()) {
            names.values().forEach(name -> required.add(literal(name)));
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                fields.add(new Field(property.getKey(), required.contains(property.getKey()), shape(property.getValue(), depth + 1)));
            }
        }
        List<String> undeclared = required.stream()
                .filter(name -> properties == null || !properties.has(name))
                .sorted().toList();
        if (!undeclared.isEmpty()) {
            rules.add(Phrase.builder().text("requires ").codes(undeclared, " and ").build());
        }
        for (String keyword : List.of("additionalProperties", "unevaluatedProperties")) {
            JsonNode others = node.get(keyword);
            if (others == null) {
                continue;
            }
            if (others.isBoolean()) {
                rules.add(Phrase.of(others.booleanValue() ? "other fields allowed" : "no other fields allowed"));
            } else {
                rules.add(Phrase.builder().text("other fields: ").append(shape(others, depth + 1).type()).build());
            }
        }
    }

    /** {@code allOf}, {@code anyOf}, {@code oneOf} and {@code if}/{@code then}/{@code else}, each as a variant. */
    private void conditionals(JsonNode node, List<Variant> variants, int depth) {
        conditional(node, variants, depth);
        JsonNode all = node.get("allOf");
        if (all != null && all.isArray()) {
            for (JsonNode part : all.values()) {
                if (part.isObject() && part.has("if")) {
                    conditional(part, variants, depth);
                } else {
                    variants.add(new Variant(Phrase.of("Also:"), shape(part, depth + 1)));
                }
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode choices = node.get(keyword);
            if (choices == null || !choices.isArray()) {
                continue;
            }
            int i = 1;
            for (JsonNode choice : choices.values()) {
                String how = keyword.equals("anyOf") ? "at least one of these %d shapes" : "exactly one of these %d shapes";
                variants.add(new Variant(Phrase.of("Must match " + how.formatted(choices.size()) + "; shape " + i++ + ":"),
                        shape(choice, depth + 1)));
            }
        }
    }

    private void conditional(JsonNode node, List<Variant> variants, int depth) {
        JsonNode condition = node.get("if");
        if (condition == null) {
            return;
        }
        JsonNode then = node.get("then");
        if (then != null) {
            variants.add(new Variant(when(condition), shape(then, depth + 1)));
        }
        JsonNode otherwise = node.get("else");
        if (otherwise != null) {
            variants.add(new Variant(Phrase.of("Otherwise:"), shape(otherwise, depth + 1)));
        }
    }

    /** "When {@code type} is {@code metric}:" for the common case of an {@code if} on fields' constants. */
    private static Phrase when(JsonNode condition) {
        JsonNode properties = condition.path("properties");
        var phrase = Phrase.builder().text("When ");
        boolean any = false;
        if (properties.isObject()) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode value = property.getValue();
                if (value.has("const")) {
                    phrase.text(any ? " and " : "").code(property.getKey()).text(" is ").code(literal(value.get("const")));
                    any = true;
                } else if (value.path("enum").isArray()) {
                    phrase.text(any ? " and " : "").code(property.getKey()).text(" is ")
                            .codes(value.get("enum").valueStream().map(SchemaReader::literal).toList(), " or ");
                    any = true;
                }
            }
        }
        return any ? phrase.text(":").build() : Phrase.of("When the condition in the JSON Schema holds:");
    }

    /** The type in words: a link to a definition, a constant, one of some values, or the JSON type. */
    private Phrase type(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            return reference(literal(ref));
        }
        if (node.has("const")) {
            return Phrase.builder().text("always ").code(literal(node.get("const"))).build();
        }
        JsonNode values = node.get("enum");
        if (values != null && values.isArray()) {
            return Phrase.builder().text("one of ").codes(values.valueStream().map(SchemaReader::literal).toList(), ", ").build();
        }
        List<String> types = types(node);
        if (types.contains("array") || types.isEmpty() && (node.has("items") || node.has("prefixItems"))) {
            JsonNode items = node.get("items");
            if (items != null && items.isObject()) {
                Phrase item = type(items);
                return Phrase.builder().text("array of ").append(plural(item)).build();
            }
            return Phrase.of("array");
        }
        if (types.isEmpty()) {
            return Phrase.of(node.has("properties") ? "object" : "any value");
        }
        return Phrase.of(String.join(" or ", types));
    }

    private Phrase reference(String ref) {
        for (String prefix : List.of("#/$defs/", "#/definitions/")) {
            if (ref.startsWith(prefix)) {
                String name = ref.substring(prefix.length());
                if (definitions.isObject() && definitions.has(name)) {
                    return Phrase.builder().link(name, "#" + anchor(name)).text(hint(definitions.get(name))).build();
                }
            }
        }
        if (ref.equals("#")) {
            return Phrase.of("the whole document again (see the top-level fields)");
        }
        return Phrase.builder().text("a type this page cannot show (").code(ref).text("); see the JSON Schema").build();
    }

    /**
     * " (string)" after a link to a definition, so a reader sees the kind of value without following it;
     * read from the definition's own keywords only, never through its references, so cycles cannot recurse.
     */
    private static String hint(JsonNode definition) {
        List<String> types = types(definition);
        if (!types.isEmpty()) {
            return " (" + String.join(" or ", types) + ")";
        }
        JsonNode values = definition.get("enum");
        return values != null && values.isArray() ? " (one of %d values)".formatted(values.size()) : "";
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null) {
            return List.of();
        }
        if (type.isArray()) {
            return type.valueStream().map(SchemaReader::literal).toList();
        }
        return List.of(literal(type));
    }

    /** "strings" for "string", "arrays" for any array, left alone for anything with code or a link in it. */
    private static Phrase plural(Phrase item) {
        if (item.text().startsWith("array")) {
            return Phrase.of("arrays");
        }
        if (item.parts().size() == 1 && !item.parts().getFirst().code()) {
            String text = item.text();
            return switch (text) {
                case "string", "integer", "number", "boolean", "object", "array" -> Phrase.of(text + "s");
                default -> item;
            };
        }
        return item;
    }

    private static void unknownKeywords(JsonNode node, List<Phrase> rules) {
        List<String> unknown = node.propertyNames().stream().filter(k -> !KNOWN.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            rules.add(Phrase.builder().text("also checked: ").codes(unknown, " and ").text(" (see the JSON Schema)").build());
        }
    }

    private static @Nullable String text(JsonNode node, String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    static String literal(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
