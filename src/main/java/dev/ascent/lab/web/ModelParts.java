package dev.ascent.lab.web;

import dev.ascent.lab.engine.Fault;
import dev.ascent.lab.engine.SystemModel;

import java.util.Comparator;
import java.util.List;

/** A model as its page lists it: the workload, each component with its calls, the faults in time order. */
public record ModelParts(String workload, String entry, String duration, List<Part> components, List<String> faults) {

    public record Part(String id, String kind, String details, List<String> calls) {
    }

    static ModelParts of(SystemModel model) {
        List<Part> parts = model.components().stream()
                .map(c -> new Part(c.id(), ModelText.kind(c), ModelText.details(c), ModelText.calls(c))).toList();
        List<String> faults = model.faults().stream().sorted(Comparator.comparingDouble(Fault::atSecond)).map(ModelText::fault).toList();
        return new ModelParts(ModelText.arrivals(model.workload().arrivals()), model.workload().entry(),
                ModelText.n(model.durationSeconds()) + " s", parts, faults);
    }

}
