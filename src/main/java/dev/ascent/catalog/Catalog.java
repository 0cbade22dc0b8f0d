package dev.ascent.catalog;

import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.catalog.internal.RoadmapPublisher;
import dev.ascent.catalog.internal.RoadmapStore;
import dev.ascent.catalog.internal.TopicGraphLayout;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's API for the rest of Ascent: the published roadmaps, their releases, and
 * validating or publishing a roadmap file.
 * <p>
 * Parsed roadmaps are cached per instance by id and version; each read still asks the database
 * for the current version (one indexed row), so a version published on another instance is seen
 * at once.
 */
@Service
public class Catalog {

    private final RoadmapStore store;
    private final RoadmapPublisher publisher;
    private final Map<String, Roadmap> cache = new ConcurrentHashMap<>();
    private final Map<String, TopicGraph> graphs = new ConcurrentHashMap<>();

    Catalog(RoadmapStore store, RoadmapPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Every published roadmap, ordered by title. */
    public List<RoadmapSummary> roadmaps() {
        var current = store.all();
        var missing = current.stream()
                .filter(c -> !isCached(c.id(), c.version()))
                .map(RoadmapStore.Current::id)
                .toList();
        store.documents(missing).forEach(roadmap -> cache.put(roadmap.id(), roadmap));
        return current.stream()
                .map(c -> cache.get(c.id()))
                .filter(java.util.Objects::nonNull)
                .map(RoadmapSummary::of)
                .sorted(Comparator.comparing(RoadmapSummary::title))
                .toList();
    }

    public Optional<Roadmap> roadmap(String id) {
        return store.current(id).flatMap(current -> {
            if (isCached(id, current.version())) {
                return Optional.of(cache.get(id));
            }
            Optional<Roadmap> loaded = store.document(id);
            loaded.ifPresent(roadmap -> cache.put(id, roadmap));
            return loaded;
        });
    }

    /** The whole prerequisite graph laid out for drawing; computed once per roadmap version. */
    public Optional<TopicGraph> graph(String id) {
        return roadmap(id).map(roadmap -> graphs.computeIfAbsent(roadmap.id() + "@" + roadmap.version(),
                key -> TopicGraphLayout.layout(roadmap)));
    }

    /**
     * One phase's part of the graph: its topics, plus the prerequisites they need from other phases
     * drawn as outside nodes. Empty when the roadmap or the phase does not exist.
     */
    public Optional<TopicGraph> graph(String id, String phaseId) {
        return roadmap(id).flatMap(roadmap -> roadmap.phase(phaseId)
                .map(phase -> graphs.computeIfAbsent(roadmap.id() + "@" + roadmap.version() + "/" + phase.id(),
                        key -> TopicGraphLayout.layout(roadmap, phase))));
    }

    /** The YAML file of the current version, exactly as it was published. */
    public Optional<String> source(String id) {
        return store.current(id).flatMap(current -> store.yaml(id, current.version()));
    }

    /** Published versions, newest first, each with what it added, removed and changed. */
    public List<RoadmapRelease> releases(String id) {
        return store.releases(id);
    }

    /** Checks a roadmap file without publishing it. */
    public ValidationReport validate(String fileName, String yaml) {
        return RoadmapValidator.validate(fileName, yaml);
    }

    /** Validates and publishes a roadmap file under the versioning rules. */
    public PublishResult publish(String fileName, String yaml, RoadmapSource source) {
        return publisher.publish(fileName, yaml, source);
    }

    private boolean isCached(String id, int version) {
        Roadmap cached = cache.get(id);
        return cached != null && cached.version() == version;
    }
}
