package dev.ascent.platform;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a roadmap file: where it is (file, line, path inside the document) and
 * what is wrong, in words an author can act on.
 *
 * @param line 1-based line, or 0 when the problem concerns the file as a whole
 * @param path the place in the document, e.g. {@code topics[3].requires[0]}; empty for the root
 */
public record Problem(String file, int line, String path, String message) {

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
