package dev.ascent.drills.internal;

import dev.ascent.drills.Debrief;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Debriefs in {@code drills.debriefs}, one per play, versioned. */
@Repository
public class DebriefStore {

    private static final TypeReference<Map<String, String>> SECTIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DebriefStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Debrief> find(UUID playId) {
        return jdbc.sql("select play_id, fields, journal_entry_id, updated_at, version from drills.debriefs where play_id = :play")
                .param("play", playId)
                .query((rs, n) -> new Debrief(rs.getObject("play_id", UUID.class), json.readValue(rs.getString("fields"), SECTIONS),
                        rs.getObject("journal_entry_id", UUID.class), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .optional();
    }

    /** The debriefs of several plays at once, by play. */
    public Map<UUID, Debrief> all(List<UUID> playIds) {
        Map<UUID, Debrief> all = new java.util.HashMap<>();
        if (!playIds.isEmpty()) {
            jdbc.sql("select play_id, fields, journal_entry_id, updated_at, version from drills.debriefs where play_id in (:plays)")
                    .param("plays", playIds)
                    .query((rs, n) -> new Debrief(rs.getObject("play_id", UUID.class), json.readValue(rs.getString("fields"), SECTIONS),
                            rs.getObject("journal_entry_id", UUID.class), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                    .list().forEach(d -> all.put(d.playId(), d));
        }
        return all;
    }

    /** Which of these plays have a debrief. */
    public List<UUID> written(List<UUID> playIds) {
        if (playIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select play_id from drills.debriefs where play_id in (:plays)").param("plays", playIds).query(UUID.class).list();
    }

    /** Writes the debrief if it is still at {@code version} (0 for the first); false when it changed meanwhile. */
    public boolean save(UUID accountId, UUID playId, Map<String, String> sections, @Nullable UUID journalEntryId, Instant at, int version) {
        String fields = json.writeValueAsString(sections);
        if (version == 0) {
            return jdbc.sql("""
                            insert into drills.debriefs (play_id, account_id, fields, journal_entry_id, updated_at, version)
                            values (:play, :account, cast(:fields as jsonb), :journal, :at, 1)
                            on conflict (play_id) do nothing""")
                    .param("play", playId).param("account", accountId).param("fields", fields).param("journal", journalEntryId)
                    .param("at", Timestamp.from(at)).update() == 1;
        }
        return jdbc.sql("""
                        update drills.debriefs set fields = cast(:fields as jsonb), journal_entry_id = :journal, updated_at = :at,
                               version = version + 1
                        where play_id = :play and version = :version""")
                .param("play", playId).param("fields", fields).param("journal", journalEntryId).param("at", Timestamp.from(at))
                .param("version", version).update() == 1;
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from drills.debriefs where account_id = :account").param("account", accountId).update();
    }
}
