package dev.ascent.catalog;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Everything the validator found in one file, all at once. When there are no problems the
 * roadmap is present and ready to publish.
 */
public record ValidationReport(String file, List<Problem> problems, @Nullable Roadmap roadmap) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && roadmap != null;
    }

    /** A one-line summary, e.g. "roadmap.yaml: valid (backend-junior-to-senior v3: 5 phases, 43 topics, 12 projects)". */
    public String summary() {
        if (valid()) {
            return "%s: valid (%s v%d: %d phases, %d topics, %d projects, %d checkpoints)".formatted(file, roadmap.id(),
                    roadmap.version(), roadmap.phases().size(), roadmap.topics().size(), roadmap.projects().size(),
                    roadmap.checkpoints().size());
        }
        return "%s: %d problem%s".formatted(file, problems.size(), problems.size() == 1 ? "" : "s");
    }
}
