package dev.ascent.platform;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing wrong with a roadmap file: where it is (file, line, path inside the document) and
 * what is wrong, in words an author can act on.
 *
 * @param line 1-based line, or 0 when the problem concerns the file as a whole
 * @param path the place in the document, e.g. {@code topics[3].requires[0]}; empty for the root
 */
public record Problem(String file, int line, String path, String message) {

    /** A report lists at most this many problems: the rest are counted, so a hostile file cannot make a huge answer. */
    public static final int MAX_REPORTED = 100;
    /** Longer messages (an echoed value) and paths are cut, for the same reason. */
    static final int MAX_MESSAGE = 500;
    static final int MAX_PATH = 300;

    public Problem {
        file = clip(file, MAX_PATH);
        path = clip(path, MAX_PATH);
        message = clip(message, MAX_MESSAGE);
    }

    /** The problems to report: all of them, or the first {@value #MAX_REPORTED} and a count of the rest. */
    public static List<Problem> reported(List<Problem> problems) {
        if (problems.size() <= MAX_REPORTED) {
            return problems;
        }
        List<Problem> first = new ArrayList<>(problems.subList(0, MAX_REPORTED - 1));
        Problem last = problems.get(MAX_REPORTED - 1);
        first.add(new Problem(last.file(), 0, "", "and %,d more problems; fix these first and validate again"
                .formatted(problems.size() - first.size())));
        return first;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }

    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, "", message);
    }

    public static Problem at(String file, @Nullable Integer line, String path, String message) {
        return new Problem(file, line == null ? 0 : line, path, message);
    }
}
