package dev.ascent.drills;

import dev.ascent.platform.Problem;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** What validating a drill file found: its problems, each with a line, and the drill when there are none. */
public record DrillReport(String file, List<Problem> problems, @Nullable Drill drill) {

    public DrillReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && drill != null;
    }
}
