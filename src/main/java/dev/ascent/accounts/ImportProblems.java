package dev.ascent.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by {@link PersonalData#restore} when a section of an import file breaks the rules every
 * other write meets: each problem by its place in the section (e.g. {@code enrollments[0].notes[3].body}).
 * A module throws it before writing anything, so the import can report every section's problems at once.
 */
public class ImportProblems extends IllegalArgumentException {

    private final Map<String, String> problems;

    public ImportProblems(Map<String, String> problems) {
        super(problems.size() + " problems");
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Path inside the section → what is wrong, in the order found. */
    public Map<String, String> problems() {
        return problems;
    }
}
