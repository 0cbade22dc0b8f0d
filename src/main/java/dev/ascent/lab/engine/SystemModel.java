package dev.ascent.lab.engine;

import java.util.List;

/**
 * A system to simulate, as read from an {@code ascent/system@1} file: what arrives, the components it flows
 * through, and what goes wrong when.
 *
 * @param id              stable kebab-case id
 * @param title           one line for lists and headings
 * @param summary         a paragraph (Markdown) on what the model shows
 * @param topics          roadmap topic ids it is about (time spent counts as practice on them)
 * @param durationSeconds simulated time to run
 * @param seed            the default seed; the same model and seed give the same run
 * @param workload        the requests that arrive
 * @param components      everything requests pass through, the entry point first
 * @param faults          the fault timeline, in any order
 */
public record SystemModel(String id, String title, String summary, List<String> topics, double durationSeconds, long seed,
                          Workload workload, List<Component> components, List<Fault> faults) {

    public SystemModel {
        topics = List.copyOf(topics);
        components = List.copyOf(components);
        faults = List.copyOf(faults);
    }

    /** The requests that arrive at the {@code entry} component, a mix of types, at a rate over time. */
    public record Workload(String entry, Arrivals arrivals, List<RequestType> types) {
        public Workload {
            types = List.copyOf(types);
        }
    }

    /** A kind of request and its share of arrivals (shares are normalised to sum to 1). */
    public record RequestType(String id, double share) {
    }
}
