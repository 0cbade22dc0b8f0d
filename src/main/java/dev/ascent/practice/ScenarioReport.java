package dev.ascent.practice;

import dev.ascent.platform.Problem;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Everything the validator found in one scenario file, all at once; the scenario when there is nothing wrong. */
public record ScenarioReport(String file, List<Problem> problems, @Nullable Scenario scenario) implements dev.ascent.platform.ValidateCommand.Report {

    public ScenarioReport {
        problems = List.copyOf(problems);
    }

    @Override
    public boolean valid() {
        return problems.isEmpty() && scenario != null;
    }

    /** e.g. "retry-storm.yaml: valid (retry-storm v1: 4 signals, 4 options, 5 rubric lines)". */
    @Override
    public String summary() {
        if (valid()) {
            return "%s: valid (%s v%d: %s, %s, %s)".formatted(file, scenario.id(), scenario.version(),
                    count(scenario.signals().size(), "signal"), count(scenario.options().size(), "option"),
                    count(scenario.rubric().size(), "rubric line"));
        }
        return "%s: %s".formatted(file, count(problems.size(), "problem"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
