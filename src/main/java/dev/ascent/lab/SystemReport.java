package dev.ascent.lab;

import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.platform.Problem;
import dev.ascent.platform.ValidateCommand;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Everything the validator found in one system model file, all at once; the model when there is nothing wrong. */
public record SystemReport(String file, List<Problem> problems, @Nullable SystemModel model) implements ValidateCommand.Report {

    public SystemReport {
        problems = List.copyOf(problems);
    }

    @Override
    public boolean valid() {
        return problems.isEmpty() && model != null;
    }

    /** e.g. "queue.yaml: valid (slow-consumer: 4 components, 3 calls, 1 fault, 300 s simulated)". */
    @Override
    public String summary() {
        if (valid()) {
            int calls = model.components().stream().mapToInt(c -> switch (c) {
                case Component.Service s -> s.calls().size();
                case Component.Queue q -> q.calls().size();
                case Component.Cache ignored -> 1;
                case Component.LoadBalancer b -> b.targets().size();
                default -> 0;
            }).sum();
            return "%s: valid (%s: %s, %s, %s, %s s simulated)".formatted(file, model.id(), count(model.components().size(), "component"),
                    count(calls, "call"), count(model.faults().size(), "fault"), seconds(model.durationSeconds()));
        }
        return "%s: %s".formatted(file, count(problems.size(), "problem"));
    }

    private static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
