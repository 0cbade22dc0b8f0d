package dev.ascent.catalog;

import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.catalog.internal.RoadmapPublisher;
import dev.ascent.catalog.internal.RoadmapStore;
import dev.ascent.catalog.internal.TopicGraphLayout;
import dev.ascent.platform.CacheConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The catalog's API for the rest of Ascent: the published roadmaps, their releases, and
 * validating or publishing a roadmap file.
 * <p>
 * Parsed roadmaps and their graph layouts are cached per instance by id and version (bounded, see
 * {@link CacheConfiguration}); the current version is read from the database at most every two
 * seconds, so a version published on another instance is seen within that.
 * <p>
 * A roadmap is public, or belongs to an audience (a team's roadmap: see {@link RoadmapAudiences}). Reads a person
 * reaches go through {@link #roadmap(String, UUID)}, which answers a roadmap of an audience only to someone in it,
 * exactly as if the id were unknown otherwise; {@link #roadmaps()} lists public roadmaps only. {@link #roadmap(String)}
 * reads any roadmap, for what was already allowed (an enrolment's own roadmap, a lead's overview).
 */
@Service
public class Catalog {

    private final RoadmapStore store;
    private final RoadmapPublisher publisher;
    private final Cache parsed;
    private final Cache graphs;
    private final SingletonSupplier<RoadmapAudiences> audiences;   // looked up once, not by type on every read

    Catalog(RoadmapStore store, RoadmapPublisher publisher, CacheManager caches, ObjectProvider<RoadmapAudiences> audiences) {
        this.store = store;
        this.publisher = publisher;
        this.audiences = SingletonSupplier.of(audiences::getIfAvailable);
        this.parsed = CacheConfiguration.named(caches, CacheConfiguration.ROADMAPS);
        this.graphs = CacheConfiguration.named(caches, CacheConfiguration.ROADMAP_GRAPHS);
    }

    /** Every public roadmap, ordered by title (never one of an audience). */
    public List<RoadmapSummary> roadmaps() {
        return summaries(store.all());
    }

    /** The roadmaps published for one audience (a team), ordered by title. */
    public List<RoadmapSummary> roadmapsOf(UUID audience) {
        return summaries(store.ofAudience(audience));
    }

    private List<RoadmapSummary> summaries(List<RoadmapStore.Current> current) {
        Map<String, Roadmap> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (var c : current) {
            Roadmap cached = cached(c.id(), c.version());
            if (cached != null) {
                found.put(c.id(), cached);
            } else {
                missing.add(c.id());
            }
        }
        store.documents(missing).forEach(roadmap -> {
            keep(roadmap);
            found.put(roadmap.id(), roadmap);
        });
        return current.stream()
                .map(c -> found.get(c.id()))
                .filter(Objects::nonNull)
                .map(RoadmapSummary::of)
                .sorted(Comparator.comparing(RoadmapSummary::title))
                .toList();
    }

    /**
     * A roadmap as the reader may see it: a public one to anyone (a visitor is {@code null}), one of an audience
     * only to someone in that audience; empty otherwise, as for an unknown id.
     */
    public Optional<Roadmap> roadmap(String id, @Nullable UUID reader) {
        return readable(id, reader) ? roadmap(id) : Optional.empty();
    }

    /** Whether the roadmap exists and the reader ({@code null}: a visitor) may see it. */
    public boolean readable(String id, @Nullable UUID reader) {
        return store.current(id).map(current -> current.isPublic()
                || reader != null && audiencesOf(reader).contains(current.audience())).orElse(false);
    }

    /** Whether the roadmap exists and is public or this audience's own (what a team's lead may assign). */
    public boolean availableTo(String id, UUID audience) {
        return store.current(id).map(current -> current.isPublic() || audience.equals(current.audience())).orElse(false);
    }

    /** Whether any roadmap, public or of any audience, has this id. */
    public boolean taken(String id) {
        return store.current(id).isPresent();
    }

    private Set<UUID> audiencesOf(UUID reader) {
        RoadmapAudiences source = audiences.get();
        return source == null ? Set.of() : source.audiencesOf(reader);
    }

    /** Any roadmap by id, whoever may read it: only for reads already allowed (see the class comment). */
    public Optional<Roadmap> roadmap(String id) {
        return store.current(id).flatMap(current -> {
            Roadmap cached = cached(id, current.version());
            if (cached != null) {
                return Optional.of(cached);
            }
            Optional<Roadmap> loaded = store.document(id);
            loaded.ifPresent(this::keep);
            return loaded;
        });
    }

    /** The whole prerequisite graph laid out for drawing; computed once per roadmap version. */
    public Optional<TopicGraph> graph(String id) {
        return roadmap(id).map(roadmap -> graphs.get(roadmap.id() + "@" + roadmap.version(),
                () -> TopicGraphLayout.layout(roadmap)));
    }

    /**
     * One phase's part of the graph: its topics, plus the prerequisites they need from other phases
     * drawn as outside nodes. Empty when the roadmap or the phase does not exist.
     */
    public Optional<TopicGraph> graph(String id, String phaseId) {
        return roadmap(id).flatMap(roadmap -> roadmap.phase(phaseId)
                .map(phase -> graphs.get(roadmap.id() + "@" + roadmap.version() + "/" + phase.id(),
                        () -> TopicGraphLayout.layout(roadmap, phase))));
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

    /**
     * Validates and publishes a roadmap file for one audience only (a team). Refused when its id belongs to a
     * public roadmap or another audience's.
     */
    public PublishResult publish(String fileName, String yaml, UUID audience) {
        return publisher.publish(fileName, yaml, RoadmapSource.TEAM, audience);
    }

    private @Nullable Roadmap cached(String id, int version) {
        return parsed.get(id + "@" + version, Roadmap.class);
    }

    private void keep(Roadmap roadmap) {
        parsed.put(roadmap.id() + "@" + roadmap.version(), roadmap);
    }
}
