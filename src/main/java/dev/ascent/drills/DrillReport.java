package dev.ascent.drills;

import dev.ascent.platform.Problem;
import dev.ascent.platform.ValidateCommand;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** What validating a drill file found: its problems, each with a line, and the drill when there are none. */
public record DrillReport(String file, List<Problem> problems, @Nullable Drill drill) implements ValidateCommand.Report {

    public DrillReport {
        problems = List.copyOf(problems);
    }

    @Override
    public boolean valid() {
        return problems.isEmpty() && drill != null;
    }

    /** e.g. "checkout.yaml: valid (bad-deploy: on slow-dependency-without-timeouts, 1 fault, 6 actions, 900 s)". */
    @Override
    public String summary() {
        if (valid()) {
            return "%s: valid (%s: on %s, %s, %s, %s s)".formatted(file, drill.id(), drill.model(), count(drill.faults().size(), "fault"),
                    count(drill.actions().size(), "action"), drill.durationSeconds() == Math.rint(drill.durationSeconds())
                            ? Long.toString((long) drill.durationSeconds()) : Double.toString(drill.durationSeconds()));
        }
        return "%s: %s".formatted(file, count(problems.size(), "problem"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
