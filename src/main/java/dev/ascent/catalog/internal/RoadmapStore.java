package dev.ascent.catalog.internal;

import dev.ascent.platform.Digests;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.RoadmapRelease;
import dev.ascent.catalog.RoadmapRelease.Change;
import dev.ascent.catalog.RoadmapSource;
import dev.ascent.platform.CacheConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalog tables: current roadmaps with their documents, and every published version. */
@Repository
public class RoadmapStore {

    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };
    /** Fixed settings, independent of the app's mapper, so a hash stays stable across configuration changes. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** A roadmap's published version; {@code audience} is null for a public roadmap, else the audience it belongs to. */
    public record Current(String id, int version, String contentHash, @Nullable UUID audience) {

        public boolean isPublic() {
            return audience == null;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Cache versions;

    RoadmapStore(JdbcClient jdbc, JsonMapper json, CacheManager caches) {
        this.jdbc = jdbc;
        this.json = json;
        this.versions = CacheConfiguration.named(caches, CacheConfiguration.ROADMAP_VERSIONS);
    }

    /** Whether this very file is the source of a roadmap's current version: a restart need not validate it again. */
    boolean isCurrentSource(String fileName, String yaml) {
        return jdbc.sql("""
                        select exists (select 1 from catalog.roadmaps r
                                       join catalog.roadmap_versions v on v.roadmap_id = r.id and v.version = r.version
                                       where r.file_name = :file and v.yaml = :yaml)
                        """)
                .param("file", fileName).param("yaml", yaml).query(Boolean.class).single();
    }

    /** The public roadmaps (no audience), by title: one read of a partial index. */
    public List<Current> all() {
        return jdbc.sql("select id, version, content_hash, audience from catalog.roadmaps where audience is null order by title, id")
                .query(Current.class)
                .list();
    }

    /** The roadmaps of one audience, by title. */
    public List<Current> ofAudience(UUID audience) {
        return jdbc.sql("select id, version, content_hash, audience from catalog.roadmaps where audience = :audience order by title, id")
                .param("audience", audience)
                .query(Current.class)
                .list();
    }

    /**
     * The published version of a roadmap, as this instance knew it at most a few seconds ago
     * ({@link CacheConfiguration#ROADMAP_VERSIONS}): every page and API call looks its roadmap up,
     * often several times, and one indexed row each time was a statement per lookup. A version
     * published here is seen here at once; one published on another instance, within seconds.
     */
    public Optional<Current> current(String id) {
        Current known = versions.get(id, Current.class);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Current> read = jdbc.sql("select id, version, content_hash, audience from catalog.roadmaps where id = :id")
                .param("id", id)
                .query(Current.class)
                .optional();
        read.ifPresent(current -> versions.put(id, current));
        return read;
    }

    /** Locks the row of a roadmap for the rest of the transaction, so two instances publish one after the other. */
    Optional<Current> currentForUpdate(String id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog.roadmap:' || :id))").param("id", id).query().singleValue();
        return current(id);
    }

    public Optional<Roadmap> document(String id) {
        return jdbc.sql("select document::text from catalog.roadmaps where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, Roadmap.class));
    }

    public List<Roadmap> documents(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select document::text from catalog.roadmaps where id in (:ids)")
                .param("ids", ids)
                .query(String.class)
                .list()
                .stream()
                .map(text -> json.readValue(text, Roadmap.class))
                .toList();
    }

    void save(Roadmap roadmap, RoadmapSource source, @Nullable UUID audience, String fileName, String yaml, RoadmapDiff diff) {
        versions.evict(roadmap.id());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // and again once committed: a read between now and the commit may have kept the old version
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    versions.evict(roadmap.id());
                }
            });
        }
        String hash = contentHash(roadmap);
        jdbc.sql("""
                        insert into catalog.roadmaps (id, version, title, source, file_name, content_hash, document, published_at, audience)
                        values (:id, :version, :title, :source, :file, :hash, cast(:document as jsonb), now(), :audience)
                        on conflict (id) do update set version = excluded.version, title = excluded.title,
                            source = excluded.source, file_name = excluded.file_name, content_hash = excluded.content_hash,
                            document = excluded.document, published_at = excluded.published_at
                        """)
                .param("id", roadmap.id())
                .param("version", roadmap.version())
                .param("title", roadmap.title())
                .param("source", source.key())
                .param("file", fileName)
                .param("hash", hash)
                .param("document", json.writeValueAsString(roadmap))
                .param("audience", audience)
                .update();
        jdbc.sql("""
                        insert into catalog.roadmap_versions (roadmap_id, version, source, file_name, content_hash, yaml, added, removed, changed)
                        values (:id, :version, :source, :file, :hash, :yaml, cast(:added as jsonb), cast(:removed as jsonb), cast(:changed as jsonb))
                        """)
                .param("id", roadmap.id())
                .param("version", roadmap.version())
                .param("source", source.key())
                .param("file", fileName)
                .param("hash", hash)
                .param("yaml", yaml)
                .param("added", json.writeValueAsString(diff.added()))
                .param("removed", json.writeValueAsString(diff.removed()))
                .param("changed", json.writeValueAsString(diff.changed()))
                .update();
    }

    public Optional<String> yaml(String id, int version) {
        return jdbc.sql("select yaml from catalog.roadmap_versions where roadmap_id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .query(String.class)
                .optional();
    }

    public List<RoadmapRelease> releases(String id) {
        return jdbc.sql("""
                        select version, published_at, source, file_name, added::text, removed::text, changed::text
                        from catalog.roadmap_versions where roadmap_id = :id order by version desc
                        """)
                .param("id", id)
                .query((rs, row) -> new RoadmapRelease(
                        rs.getInt("version"),
                        rs.getObject("published_at", java.time.OffsetDateTime.class).toInstant(),
                        RoadmapSource.of(rs.getString("source")),
                        rs.getString("file_name"),
                        json.readValue(rs.getString("added"), CHANGES),
                        json.readValue(rs.getString("removed"), CHANGES),
                        json.readValue(rs.getString("changed"), CHANGES)))
                .list();
    }

    /** A hash of the meaning of a roadmap, not its text: reformatting or comments do not count as changes. */
    static String contentHash(Roadmap roadmap) {
        return Digests.sha256Hex(CANONICAL.writeValueAsBytes(roadmap));
    }
}
