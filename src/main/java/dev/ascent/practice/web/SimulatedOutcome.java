package dev.ascent.practice.web;

import dev.ascent.practice.Scenario;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the lab simulated for one option of a scenario, ready for a template: the headline numbers (beside the
 * system as things were, when the scenario names it), failures by cause, the bottleneck with its evidence, the
 * lab's reading, two small charts, and the link that opens the same run in the lab. {@code unavailable} says, for
 * a person, why there are no numbers this time (the lab was busy); everything else is then empty.
 */
public record SimulatedOutcome(String modelId, String modelTitle, String labHref, List<Figure> figures, List<String> failures,
                               @Nullable String bottleneck, boolean saturated, @Nullable String evidence, String reading, List<Chart> charts,
                               @Nullable String cutoff, @Nullable String unavailable) {

    /** One number, with what it was before the option when there is a baseline: "p99 1.9 s → 240 ms". */
    public record Figure(String label, String value, @Nullable String before, String trend) {
    }

    /** A small chart drawn like a scenario's metric signals. */
    public record Chart(Scenario.Metric metric, SignalChart chart) {
    }

    static SimulatedOutcome unavailable(String modelId, String modelTitle, String labHref, String why) {
        return new SimulatedOutcome(modelId, modelTitle, labHref, List.of(), List.of(), null, false, null, "", List.of(), null, why);
    }

    /** The figures in one line, for the other options' short view: "p99 240 ms (was 1.9 s) · 0% failed". */
    public String line() {
        StringBuilder text = new StringBuilder();
        for (Figure f : figures) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(f.label()).append(' ').append(f.value());
            if (f.before() != null) {
                text.append(" (was ").append(f.before()).append(')');
            }
        }
        return text.toString();
    }
}
