package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The line diff of a team roadmap's text against the version it came from ({@code against}, in words): the changed
 * lines with a little context around them, grouped in hunks, and how many lines were added and removed.
 */
public record RoadmapChanges(String against, List<Line> lines, int added, int removed) {

    public RoadmapChanges {
        lines = List.copyOf(lines);
    }

    public enum Kind { HUNK, SAME, ADDED, REMOVED }

    /** One line of the diff; {@code before} and {@code after} are its line numbers on each side, null where it is absent. */
    public record Line(Kind kind, @Nullable Integer before, @Nullable Integer after, String text) {
    }

    public boolean none() {
        return added == 0 && removed == 0;
    }
}
