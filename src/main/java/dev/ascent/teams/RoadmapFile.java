package dev.ascent.teams;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a team roadmap's file: its top-level {@code id}, {@code title} and {@code version} lines, set when a
 * lead forks a roadmap and when they publish, and the line diff between two texts. Plain text work: the rest of
 * the file, comments and layout included, stays exactly as the lead wrote it.
 */
final class RoadmapFile {

    /** Lines of context around each change, as in a unified diff. */
    static final int CONTEXT = 3;

    private RoadmapFile() {
    }

    /** A minimal roadmap that validates, for a lead who starts from an empty one. */
    static String empty(String id, String title) {
        return """
                # A roadmap of your team in the ascent/roadmap@1 format (see /schemas/roadmap-v1.json).
                # Publish gives it its next version; keep the id as it is.
                format: ascent/roadmap@1
                id: %s
                version: 1
                title: %s
                summary: >-
                  What this roadmap is for and who follows it.
                levels:
                  from: junior
                  to: intermediate
                phases:
                  - id: first-steps
                    title: First steps
                    level: junior
                    months: [1, 3]
                    groups:
                      - id: basics
                        title: Basics
                        topics: [first-topic]
                topics:
                  - id: first-topic
                    title: A first topic
                    level: junior
                    kind: theory
                    hours: 4
                    summary: What to learn first, and why it matters here.
                """.formatted(id, quoted(title));
    }

    /** The file with its top-level id, title and version set (a line added at the top where one is missing). */
    static String withHeader(String yaml, String id, String title, int version) {
        return withVersion(set(set(yaml, "title", quoted(title)), "id", id), version);
    }

    static String withVersion(String yaml, int version) {
        return set(yaml, "version", Integer.toString(version));
    }

    /** The first line of a top-level key, 1-based; 0 when the file has none. */
    static int lineOf(String yaml, String key) {
        Matcher m = key(key).matcher(yaml);
        return m.find() ? (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }

    private static String set(String yaml, String key, String value) {
        Matcher m = key(key).matcher(yaml);
        if (m.find()) {
            return yaml.substring(0, m.start()) + key + ": " + value + yaml.substring(m.end());
        }
        return key + ": " + value + "\n" + yaml;
    }

    private static Pattern key(String key) {
        return Pattern.compile("(?m)^" + Pattern.quote(key) + ":[^\\r\\n]*");
    }

    /** A title as a YAML double-quoted scalar, so any character in it reads back as itself. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** The changes from {@code before} to {@code after}, line by line. */
    static RoadmapChanges diff(String against, String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        var patch = DiffUtils.diff(old, now);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("before", "after", old, patch, CONTEXT);
        List<RoadmapChanges.Line> lines = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int b = 0;
        int a = 0;
        // the first two lines name the files
        boolean named = unified.size() >= 2 && unified.get(0).startsWith("---") && unified.get(1).startsWith("+++");
        for (String line : named ? unified.subList(2, unified.size()) : unified) {
            if (line.startsWith("@@")) {
                Matcher m = HUNK.matcher(line);
                String where = line;
                if (m.find()) {
                    b = Integer.parseInt(m.group(1));
                    a = Integer.parseInt(m.group(3));
                    where = "Before: %s · after: %s".formatted(span(b, m.group(2)), span(a, m.group(4)));
                }
                lines.add(new RoadmapChanges.Line(RoadmapChanges.Kind.HUNK, null, null, where));
            } else if (line.startsWith("+")) {
                lines.add(new RoadmapChanges.Line(RoadmapChanges.Kind.ADDED, null, a++, line.substring(1)));
                added++;
            } else if (line.startsWith("-")) {
                lines.add(new RoadmapChanges.Line(RoadmapChanges.Kind.REMOVED, b++, null, line.substring(1)));
                removed++;
            } else {
                lines.add(new RoadmapChanges.Line(RoadmapChanges.Kind.SAME, b++, a++, line.isEmpty() ? "" : line.substring(1)));
            }
        }
        return new RoadmapChanges(against, lines, added, removed);
    }

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    /** A hunk's lines on one side in words: "lines 2–12", "line 4", "no lines" (where a side has none). */
    private static String span(int start, @org.jspecify.annotations.Nullable String count) {
        int n = count == null ? 1 : Integer.parseInt(count);
        return n == 0 ? "no lines" : n == 1 ? "line " + start : "lines %d–%d".formatted(start, start + n - 1);
    }
}
