package dev.ascent.catalog;

import dev.ascent.platform.Problem;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Everything the validator found in one file, all at once. When there are no problems the
 * roadmap is present and ready to publish.
 */
public record ValidationReport(String file, List<Problem> problems, @Nullable Roadmap roadmap) implements dev.ascent.platform.ValidateCommand.Report {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    @Override
    public boolean valid() {
        return problems.isEmpty() && roadmap != null;
    }

    /** A one-line summary, e.g. "roadmap.yaml: valid (backend-junior-to-senior v3: 5 phases, 43 topics, 12 projects)". */
    @Override
    public String summary() {
        if (valid()) {
            return "%s: valid (%s v%d: %s, %s, %s, %s)".formatted(file, roadmap.id(), roadmap.version(),
                    count(roadmap.phases().size(), "phase"), count(roadmap.topics().size(), "topic"),
                    count(roadmap.projects().size(), "project"), count(roadmap.checkpoints().size(), "checkpoint"));
        }
        return "%s: %s".formatted(file, count(problems.size(), "problem"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
