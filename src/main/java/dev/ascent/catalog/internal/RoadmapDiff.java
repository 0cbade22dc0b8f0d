package dev.ascent.catalog.internal;

import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.RoadmapRelease.Change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What one version of a roadmap added, removed and changed against another, by id. */
record RoadmapDiff(List<Change> added, List<Change> removed, List<Change> changed) {

    static RoadmapDiff between(Roadmap before, Roadmap after) {
        var diff = new RoadmapDiff(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        diff.compare("phase", before.phases(), after.phases(), Roadmap.Phase::id, Roadmap.Phase::title);
        diff.compare("topic", before.topics(), after.topics(), Roadmap.Topic::id, Roadmap.Topic::title);
        diff.compare("project", before.projects(), after.projects(), Roadmap.Project::id, Roadmap.Project::title);
        diff.compare("checkpoint", before.checkpoints(), after.checkpoints(), Roadmap.Checkpoint::id, Roadmap.Checkpoint::title);
        return diff;
    }

    /** The first version: everything is new, but a changelog lists it as one line, not 150. */
    static RoadmapDiff initial() {
        return new RoadmapDiff(List.of(), List.of(), List.of());
    }

    private <T> void compare(String kind, List<T> before, List<T> after, Function<T, String> id, Function<T, String> title) {
        Map<String, T> old = index(before, id);
        Map<String, T> now = index(after, id);
        now.forEach((key, item) -> {
            T previous = old.get(key);
            if (previous == null) {
                added.add(new Change(kind, key, title.apply(item)));
            } else if (!Objects.equals(previous, item)) {
                changed.add(new Change(kind, key, title.apply(item)));
            }
        });
        old.forEach((key, item) -> {
            if (!now.containsKey(key)) {
                removed.add(new Change(kind, key, title.apply(item)));
            }
        });
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }
}
