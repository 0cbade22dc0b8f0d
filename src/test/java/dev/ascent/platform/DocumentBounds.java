package dev.ascent.platform;

import tools.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fuzzed document may cost: the tree it expands to (nodes and characters, after aliases)
 * and the report it answers with stay within bounds, however the input is crafted. The report is
 * bounded relative to the input, so an alias that repeats a long value in every message fails too.
 */
public final class DocumentBounds {

    /**
     * The parser's own bounds (YamlDocument: values and characters after aliases), with room for the
     * containers and keys this walk counts besides values; far above any real roadmap or scenario.
     */
    public static final int MAX_NODES = 2 * YamlDocument.MAX_VALUES;
    public static final long MAX_CHARACTERS = 2L * YamlDocument.MAX_CHARACTERS;
    /** A report may say a lot about each line of the input, but not repeat the input without end. */
    public static final int REPORT_CHARACTERS_PER_INPUT_BYTE = 100;
    public static final int REPORT_BASE_CHARACTERS = 64 * 1024;

    private DocumentBounds() {
    }

    /** The YAML text, read as the validators read it, expands to a bounded tree. */
    public static void assertBoundedTree(String file, String text, String format) {
        JsonNode root = YamlDocument.parse(file, text, format).root();
        if (root == null) {
            return;
        }
        long nodes = 0;
        long characters = 0;
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            nodes++;
            if (node.isString()) {
                characters += node.asString().length();
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                characters += property.getKey().length();
                pending.push(property.getValue());
            }
            if (node.isArray()) {
                node.forEach(pending::push);
            }
            assertThat(nodes).as("nodes after alias expansion").isLessThanOrEqualTo(MAX_NODES);
            assertThat(characters).as("characters after alias expansion").isLessThanOrEqualTo(MAX_CHARACTERS);
        }
    }

    /** Every problem names where it is and what is wrong; all of them together stay small. */
    public static void assertBoundedReport(List<Problem> problems, int inputBytes) {
        long characters = 0;
        for (Problem problem : problems) {
            assertThat(problem.message()).as("a problem's message").isNotBlank();
            assertThat(problem.line()).as("a problem's line").isNotNegative();
            characters += problem.toString().length();
        }
        assertThat(characters).as("characters in the report of a %d-byte input", inputBytes)
                .isLessThanOrEqualTo((long) REPORT_CHARACTERS_PER_INPUT_BYTE * inputBytes + REPORT_BASE_CHARACTERS);
    }
}
