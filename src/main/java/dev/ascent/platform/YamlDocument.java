package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML file read into a JSON tree for schema validation, remembering the line every value
 * came from, so each problem can point at its line. YAML errors, duplicate keys, several
 * documents in one file and alias bombs become problems, never exceptions.
 */
public final class YamlDocument {

    /** Larger than any sensible roadmap (the biggest built-in is well under 200 KB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A roadmap is at most six levels deep; anything far deeper is a mistake or an attack. */
    static final int MAX_DEPTH = 40;
    private static final String TOO_DEEP = "the document is nested more than %d levels deep; a roadmap, scenario, system model or drill needs only a few".formatted(MAX_DEPTH);
    /**
     * Aliases let a small file stand for a huge tree (SnakeYAML limits aliases of collections, not
     * of scalars: one 100 KB text aliased a thousand times is 100 MB). The tree is bounded after
     * every alias is followed: this many values (the largest built-in roadmap has fewer than 5,000) …
     */
    public static final int MAX_VALUES = 100_000;
    /** … and this many characters of text, as many as the file itself may hold. */
    public static final int MAX_CHARACTERS = MAX_BYTES;
    /** Numbers with more digits than this are kept as text: a schema check on 1e999999999 would never end. */
    static final int MAX_NUMBER_LENGTH = 100;
    private static final BigDecimal LONG_RANGE = new BigDecimal(Long.MAX_VALUE);
    private static final String TOO_MANY_VALUES = ("the document expands to more than %,d values (counting each alias as a copy of what it refers to); "
            + "no roadmap, scenario, system model or drill needs that many: split the file or use fewer aliases").formatted(MAX_VALUES);
    private static final String TOO_MUCH_TEXT = ("the document expands to more than %,d characters of text once its aliases are followed; "
            + "a file may hold at most that much: use fewer aliases of long texts").formatted(MAX_CHARACTERS);
    private static final String RECURSIVE_ALIAS = "an alias refers to the anchor it is part of, which would nest forever; use an alias only for a value defined before it";

    /** Stops reading a document that cannot be turned into a tree; reported as one problem. */
    private static final class Unreadable extends RuntimeException {
        final Problem problem;

        Unreadable(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private final String file;
    private final @Nullable JsonNode root;
    private final Map<String, Integer> lines;
    private final List<Problem> problems;

    private YamlDocument(String file, @Nullable JsonNode root, Map<String, Integer> lines, List<Problem> problems) {
        this.file = file;
        this.root = root;
        this.lines = lines;
        this.problems = problems;
    }

    public static YamlDocument parse(String file, String text) {
        return parse(file, text, "ascent/roadmap@1");
    }

    /** Reads a file of the given format, e.g. {@code ascent/scenario@1}; messages name what such a file starts with. */
    public static YamlDocument parse(String file, String text, String format) {
        String noun = noun(format);
        int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return failed(file, tooLarge(file, bytes, noun));
        }
        if (text.isBlank()) {
            return failed(file, Problem.ofFile(file, "the file is empty; a %s starts with 'format: %s'".formatted(noun, format)));
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_BYTES + 1)
                .build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String what = e.getProblem() == null ? "" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            return failed(file, new Problem(file, line, "", "not valid YAML: " + context + what));
        } catch (YamlEngineException e) {
            return failed(file, Problem.ofFile(file, "not valid YAML: " + firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            return failed(file, Problem.ofFile(file, TOO_DEEP));
        }
        if (node.isEmpty()) {
            return failed(file, Problem.ofFile(file, "the file holds no YAML document; a %s starts with 'format: %s'".formatted(noun, format)));
        }
        var lines = new HashMap<String, Integer>();
        var problems = new ArrayList<Problem>();
        try {
            JsonNode root = new Converter(file, lines, problems, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), new Budget())
                    .convert(node.get(), "", 0);
            return new YamlDocument(file, root, lines, problems);
        } catch (Unreadable e) {
            return failed(file, e.problem);
        }
    }

    public static Problem tooLarge(String file, long bytes) {
        return tooLarge(file, bytes, "roadmap");
    }

    /** "roadmap" for {@code ascent/roadmap@1}. */
    private static String noun(String format) {
        int slash = format.indexOf('/');
        int at = format.indexOf('@');
        return slash >= 0 && at > slash ? format.substring(slash + 1, at) : "document";
    }

    public static Problem tooLarge(String file, long bytes, String noun) {
        String size = size(bytes);
        String limit = size(MAX_BYTES);
        if (size.equals(limit)) {
            // just over the limit: megabytes would read the same, so count bytes
            size = String.format(Locale.ROOT, "%,d bytes", bytes);
            limit = String.format(Locale.ROOT, "%,d bytes", MAX_BYTES);
        }
        return Problem.ofFile(file, "the file is %s; a %s may be at most %s".formatted(size, noun, limit));
    }

    private static YamlDocument failed(String file, Problem problem) {
        return new YamlDocument(file, null, Map.of(), List.of(problem));
    }

    public String file() {
        return file;
    }

    /** The document as JSON, or null when it could not be read at all. */
    public @Nullable JsonNode root() {
        return root;
    }

    /** Problems found while reading: YAML syntax, duplicate keys. */
    public List<Problem> problems() {
        return problems;
    }

    /** The line of the value at a JSON pointer, falling back to its closest parent. */
    public @Nullable Integer lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null || p.isEmpty()) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Turns a JSON pointer such as {@code /topics/3/hours} into {@code topics[3].hours}. */
    public static String readablePath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.toString();
    }

    public Problem problem(String pointer, String message) {
        return Problem.at(file, lineOf(pointer), readablePath(pointer), message);
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)) : (bytes / 1024) + " KB";
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "unreadable input" : message.lines().findFirst().orElse(message);
    }

    /** What the tree built so far has used of {@link #MAX_VALUES} and {@link #MAX_CHARACTERS}, counting every alias again. */
    private static final class Budget {
        int values;
        long characters;
    }

    private record Converter(String file, Map<String, Integer> lines, List<Problem> problems, Set<Node> path, Budget budget) {

        JsonNode convert(Node node, String pointer, int depth) {
            node.getStartMark().map(Mark::getLine).ifPresent(line -> lines.putIfAbsent(pointer, line + 1));
            if (++budget.values > MAX_VALUES) {
                throw new Unreadable(new Problem(file, lines.getOrDefault(pointer, 0), "", TOO_MANY_VALUES));
            }
            if (!path.add(node)) {
                throw new Unreadable(new Problem(file, lines.getOrDefault(pointer, 0), "", RECURSIVE_ALIAS));
            }
            if (depth > MAX_DEPTH) {
                throw new Unreadable(new Problem(file, lines.getOrDefault(pointer, 0), "", TOO_DEEP));
            }
            try {
                return switch (node) {
                    case MappingNode mapping -> mapping(mapping, pointer, depth);
                    case SequenceNode sequence -> sequence(sequence, pointer, depth);
                    case ScalarNode scalar -> scalar(scalar, pointer);
                    default -> NODES.nullNode();
                };
            } finally {
                path.remove(node);
            }
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, int depth) {
            ObjectNode object = NODES.objectNode();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "<complex key>";
                spend(key, pointer);
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!seen.add(key)) {
                    int line = tuple.getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    problems.add(new Problem(file, line, readablePath(child), "duplicate key '%s'; each key may appear once".formatted(key)));
                    continue;
                }
                object.set(key, convert(tuple.getValueNode(), child, depth + 1));
            }
            return object;
        }

        private ArrayNode sequence(SequenceNode sequence, String pointer, int depth) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), pointer + "/" + i, depth + 1));
            }
            return array;
        }

        private void spend(String text, String pointer) {
            budget.characters += text.length();
            if (budget.characters > MAX_CHARACTERS) {
                throw new Unreadable(new Problem(file, lines.getOrDefault(pointer, 0), "", TOO_MUCH_TEXT));
            }
        }

        private JsonNode scalar(ScalarNode scalar, String pointer) {
            String value = scalar.getValue();
            spend(value, pointer);
            Tag tag = scalar.getTag();
            if (value.length() > MAX_NUMBER_LENGTH) {
                return NODES.stringNode(value);
            }
            try {
                if (Tag.NULL.equals(tag)) {
                    return NODES.nullNode();
                }
                if (Tag.BOOL.equals(tag)) {
                    return NODES.booleanNode(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
                }
                if (Tag.INT.equals(tag)) {
                    BigInteger number = parseInteger(value);
                    return number.bitLength() < 32 ? NODES.numberNode(number.intValue())
                            : number.bitLength() < 64 ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
                }
                if (Tag.FLOAT.equals(tag)) {
                    BigDecimal number = new BigDecimal(value);
                    // 1e999999999 is short to write but its exponent is not: keep such a number as text
                    if (Math.abs((long) number.scale()) > MAX_NUMBER_LENGTH) {
                        return NODES.stringNode(value);
                    }
                    // past a long, a fraction is kept as a whole number (or as text when it has a fraction): the
                    // schema validator narrows decimals to a long to compare them with an integer bound, and fails
                    if (number.abs().compareTo(LONG_RANGE) >= 0) {
                        return number.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(number.toBigIntegerExact()) : NODES.stringNode(value);
                    }
                    return NODES.numberNode(number);
                }
            } catch (NumberFormatException e) {
                // not a number after all: keep the text, the schema will say what it expected
            }
            return NODES.stringNode(value);
        }

        private static BigInteger parseInteger(String value) {
            String v = value.replace("_", "");
            if (v.startsWith("0x")) {
                return new BigInteger(v.substring(2), 16);
            }
            if (v.startsWith("0o")) {
                return new BigInteger(v.substring(2), 8);
            }
            return new BigInteger(v.startsWith("+") ? v.substring(1) : v);
        }
    }
}
