package dev.ascent.practice.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every published version of every scenario; the current one is the highest version. */
@Repository
public class ScenarioStore {

    /** A published version, without its text. */
    public record Published(String id, int version, String contentHash) {
    }

    private final JdbcClient jdbc;

    ScenarioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of each scenario still in the library (a few hundred rows at most; the primary key serves it). */
    public List<Published> current() {
        return jdbc.sql("""
                        select distinct on (v.scenario_id) v.scenario_id, v.version, v.content_hash
                        from practice.scenario_versions v
                        where not exists (select 1 from practice.retired_scenarios r where r.scenario_id = v.scenario_id)
                        order by v.scenario_id, v.version desc
                        """)
                .query((rs, n) -> new Published(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
    }

    /** The current version of one scenario: one index read on the primary key. */
    public Optional<Published> current(String id) {
        return jdbc.sql("""
                        select scenario_id, version, content_hash from practice.scenario_versions
                        where scenario_id = :id order by version desc limit 1
                        """)
                .param("id", id)
                .query((rs, n) -> new Published(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    /** The current version of one scenario, locking out other publishers of the same id until the transaction ends. */
    public Optional<Published> currentForUpdate(String id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('practice.scenario:' || :id))").param("id", id).query().singleValue();
        return current(id);
    }

    /** Whether this very file is the source of a scenario's current version: a restart need not validate it again. */
    public boolean isCurrentSource(String fileName, String yaml) {
        return jdbc.sql("""
                        select exists (select 1 from practice.scenario_versions v
                                       where v.file_name = :file and v.yaml = :yaml
                                         and v.version = (select max(w.version) from practice.scenario_versions w where w.scenario_id = v.scenario_id))
                        """)
                .param("file", fileName).param("yaml", yaml).query(Boolean.class).single();
    }

    /** Whether this file, byte for byte, is the source of a version already kept (current or earlier). */
    public boolean isKeptSource(String fileName, String yaml) {
        return jdbc.sql("select exists (select 1 from practice.scenario_versions where file_name = :file and yaml = :yaml)")
                .param("file", fileName).param("yaml", yaml).query(Boolean.class).single();
    }

    /** Whether the scenario was taken out of the library: its versions stay, new attempts do not start. */
    public boolean retired(String id) {
        return jdbc.sql("select exists (select 1 from practice.retired_scenarios where scenario_id = :id)")
                .param("id", id).query(Boolean.class).single();
    }

    /**
     * Retires every scenario whose current version came with the app but which this release no longer
     * ships; the ids it retired just now.
     */
    public List<String> retireBuiltInsExcept(Set<String> shipped) {
        if (shipped.isEmpty()) {
            return List.of();   // no built-in files at all would be a packaging fault, not a decision to retire them
        }
        return jdbc.sql("""
                        insert into practice.retired_scenarios (scenario_id)
                        select c.scenario_id
                        from (select distinct on (scenario_id) scenario_id, source from practice.scenario_versions
                              order by scenario_id, version desc) c
                        where c.source = 'builtin' and c.scenario_id not in (:shipped)
                        on conflict do nothing
                        returning scenario_id
                        """)
                .param("shipped", shipped).query(String.class).list();
    }

    /** Brings a retired scenario back into the library (it was published again). */
    public void reinstate(String id) {
        jdbc.sql("delete from practice.retired_scenarios where scenario_id = :id").param("id", id).update();
    }

    public boolean exists(String id, int version) {
        return jdbc.sql("select exists (select 1 from practice.scenario_versions where scenario_id = :id and version = :v)")
                .param("id", id).param("v", version).query(Boolean.class).single();
    }

    public Optional<String> document(String id, int version) {
        return jdbc.sql("select document::text from practice.scenario_versions where scenario_id = :id and version = :v")
                .param("id", id).param("v", version).query(String.class).optional();
    }

    public void insert(String id, int version, String title, String level, String source, String fileName, String hash,
                       String yaml, String documentJson) {
        jdbc.sql("""
                        insert into practice.scenario_versions (scenario_id, version, title, level, source, file_name, content_hash, yaml, document)
                        values (:id, :version, :title, :level, :source, :file, :hash, :yaml, cast(:document as jsonb))
                        on conflict (scenario_id, version) do nothing
                        """)
                .param("id", id).param("version", version).param("title", title).param("level", level).param("source", source)
                .param("file", fileName).param("hash", hash).param("yaml", yaml).param("document", documentJson)
                .update();
    }
}
