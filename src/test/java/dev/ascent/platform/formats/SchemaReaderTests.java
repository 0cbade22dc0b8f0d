package dev.ascent.platform.formats;

import dev.ascent.platform.formats.SchemaReference.Field;
import dev.ascent.platform.formats.SchemaReference.Phrase;
import dev.ascent.platform.formats.SchemaReference.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published schemas read into a field tree a person can follow, and hostile schemas read without failing. */
class SchemaReaderTests {

    private final SchemaReference roadmap = SchemaReader.load("/static/schemas/roadmap-v1.json");
    private final SchemaReference scenario = SchemaReader.load("/static/schemas/scenario-v1.json");

    private static List<String> texts(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).toList();
    }

    private static Field field(Shape shape, String... path) {
        Field field = null;
        for (String name : path) {
            field = shape.field(name).orElseThrow(() -> new AssertionError("no field " + name));
            shape = field.shape();
        }
        return field;
    }

    @Test
    void roadmapListsItsTopLevelFieldsWithTheRequiredOnesMarked() {
        assertThat(roadmap.title()).isEqualTo("Ascent roadmap, format ascent/roadmap@1");
        assertThat(roadmap.description()).startsWith("A levelled learning roadmap");
        assertThat(roadmap.marker()).contains("ascent/roadmap@1");
        assertThat(roadmap.root().fields().stream().filter(Field::required).map(Field::name))
                .containsExactly("format", "id", "version", "title", "summary", "levels", "phases", "topics");
        assertThat(roadmap.root().fields().stream().filter(f -> !f.required()).map(Field::name))
                .containsExactly("duration", "weekly", "projects", "checkpoints");
        assertThat(texts(roadmap.root().rules())).contains("no other fields allowed");
        assertThat(field(roadmap.root(), "format").shape().type().text()).isEqualTo("always ascent/roadmap@1");
    }

    @Test
    void aReferencedTypeLinksToItsDefinitionWhichIsDescribedOnce() {
        Phrase id = field(roadmap.root(), "id").shape().type();
        assertThat(id.parts().getFirst()).satisfies(part -> {
            assertThat(part.text()).isEqualTo("id");
            assertThat(part.link()).isEqualTo("#def-id");
        });
        assertThat(id.text()).as("the kind of value, without following the link").isEqualTo("id (string)");
        assertThat(field(roadmap.root(), "levels", "from").shape().type().text()).isEqualTo("level (one of 4 values)");
        assertThat(field(roadmap.root(), "topics", "requires").shape().type().parts().getFirst().link()).isEqualTo("#def-ids");
        assertThat(field(roadmap.root(), "phases", "groups", "topics").shape().type().text()).isEqualTo("array of id (string)");

        var definitions = roadmap.definitions();
        assertThat(definitions).extracting(SchemaReference.Definition::name)
                .containsExactly("id", "ids", "title", "text", "level", "pair", "range", "window", "resource");
        var idDefinition = definitions.getFirst();
        assertThat(idDefinition.anchor()).isEqualTo("def-id");
        assertThat(texts(idDefinition.shape().rules())).containsExactly("at most 64 characters", "pattern ^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat(idDefinition.shape().description()).startsWith("Stable kebab-case id");
    }

    @Test
    void constraintsAreWrittenInWords() {
        assertThat(texts(roadmap.definitions().get(2).shape().rules())).containsExactly("1–120 characters");
        assertThat(texts(field(roadmap.root(), "version").shape().rules())).containsExactly("between 1 and 100000");
        assertThat(texts(field(roadmap.root(), "phases").shape().rules())).contains("at least 1 item, at most 50", "each item: no other fields allowed");
        assertThat(texts(field(roadmap.root(), "checkpoints", "expects").shape().rules())).contains("at least 1 field", "no other fields allowed");
        assertThat(texts(field(roadmap.root(), "checkpoints", "expects", "share").shape().rules())).containsExactly("more than 0 and at most 1");
        var ids = roadmap.definitions().get(1).shape();
        assertThat(ids.type().text()).isEqualTo("array of id (string)");
        assertThat(texts(ids.rules())).containsExactly("at most 500 items", "unique items");
        var pair = roadmap.definitions().get(5).shape();
        assertThat(texts(pair.rules())).containsExactly("exactly 2 items", "items in the order listed below", "no items beyond those");
        assertThat(pair.fields()).extracting(Field::name).containsExactly("item 1", "item 2");
        assertThat(texts(pair.fields().getFirst().shape().rules())).containsExactly("between 0 and 168");
        assertThat(field(roadmap.root(), "topics", "kind").shape().type().text()).isEqualTo("one of theory, practice, community");
    }

    @Test
    void scenarioSignalsHaveAVariantForEachType() {
        Shape signals = field(scenario.root(), "signals").shape();
        assertThat(signals.type().text()).isEqualTo("array of objects");
        assertThat(field(signals, "type").shape().type().text()).isEqualTo("one of metric, log, message");
        assertThat(signals.variants()).extracting(v -> v.when().text())
                .containsExactly("When type is metric:", "When type is log:", "When type is message:");

        Shape metric = signals.variant("When type is metric:").orElseThrow().shape();
        assertThat(metric.field("chart").orElseThrow().shape().type().parts())
                .filteredOn(SchemaReference.Part::code).extracting(SchemaReference.Part::text).containsExactly("line", "bars");
        assertThat(metric.fields().stream().filter(Field::required).map(Field::name)).containsExactly("type", "title", "unit", "labels", "series");
        assertThat(texts(metric.field("labels").orElseThrow().shape().rules())).containsExactly("at least 2 items, at most 96", "each item: at most 20 characters");
        assertThat(field(metric, "series", "points").shape().type().text()).isEqualTo("array of numbers");
        assertThat(signals.variant("When type is message:").orElseThrow().shape().field("from")).isPresent();
        assertThat(field(scenario.root(), "topics").shape().rules()).extracting(Phrase::text)
                .containsExactly("at most 20 items", "unique items", "each item: pattern ^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$");
    }

    @Test
    void aReferenceCycleIsTwoLinksNotARecursion() {
        var reference = SchemaReader.read("""
                {"type": "object", "properties": {"node": {"$ref": "#/$defs/a"}},
                 "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"type": "object", "properties": {"next": {"$ref": "#/$defs/a"}, "self": {"$ref": "#"}}}}}
                """);

        assertThat(field(reference.root(), "node").shape().type().parts().getFirst().link()).isEqualTo("#def-a");
        assertThat(reference.definitions().getFirst().shape().type().parts().getFirst().link()).isEqualTo("#def-b");
        assertThat(reference.definitions().get(1).shape().field("next").orElseThrow().shape().type().parts().getFirst().link()).isEqualTo("#def-a");
        assertThat(reference.definitions().get(1).shape().field("self").orElseThrow().shape().type().text()).contains("whole document");
    }

    @Test
    void aReferenceToAMissingDefinitionIsNamedNotThrown() {
        var reference = SchemaReader.read("""
                {"properties": {"lost": {"$ref": "#/$defs/nowhere"}, "far": {"$ref": "https://example.org/other.json"}}}
                """);

        assertThat(field(reference.root(), "lost").shape().type().text()).isEqualTo("a type this page cannot show (#/$defs/nowhere); see the JSON Schema");
        assertThat(field(reference.root(), "far").shape().type().parts()).anySatisfy(p -> assertThat(p.text()).isEqualTo("https://example.org/other.json"));
        assertThat(reference.title()).isEqualTo("Schema");
        assertThat(reference.definitions()).isEmpty();
    }

    @Test
    void anUnknownKeywordIsListedAsAlsoChecked() {
        var reference = SchemaReader.read("""
                {"title": "T", "properties": {"odd": {"type": "string", "x-custom": {"deep": [1, 2]}, "not": {"const": 3}, "minLength": "five"}}}
                """);

        assertThat(texts(field(reference.root(), "odd").shape().rules())).containsExactly("also checked: not and x-custom (see the JSON Schema)");
        assertThat(reference.description()).isNull();
    }

    @Test
    void oddlyShapedSchemasStillReadWithoutThrowing() {
        assertThat(SchemaReader.read("true").root().type().text()).isEqualTo("any value");
        assertThat(SchemaReader.read("[1, 2]").root().fields()).isEmpty();
        assertThat(SchemaReader.read("""
                {"properties": {"a": false, "b": 3, "c": {"type": ["string", "null"]}}, "required": ["a", "z"],
                 "if": {"not": {}}, "then": {"properties": {"d": {}}}, "else": {"properties": {"e": {}}},
                 "anyOf": [{"required": ["a"]}, {"required": ["c"]}], "allOf": [{"minProperties": 2}],
                 "additionalProperties": {"type": "integer"}, "$defs": "not an object"}
                """).root()).satisfies(root -> {
            assertThat(field(root, "a").shape().type().text()).isEqualTo("nothing is allowed here");
            assertThat(field(root, "c").shape().type().text()).isEqualTo("string or null");
            assertThat(texts(root.rules())).contains("requires z", "other fields: integer");
            assertThat(root.variants()).extracting(v -> v.when().text()).containsExactly("When the condition in the JSON Schema holds:",
                    "Otherwise:", "Also:", "Must match at least one of these 2 shapes; shape 1:", "Must match at least one of these 2 shapes; shape 2:");
        });
        String deep = "{\"items\": ".repeat(200) + "{}" + "}".repeat(200);
        assertThat(SchemaReader.read(deep).root().type().text()).isEqualTo("array of arrays");
    }
}
