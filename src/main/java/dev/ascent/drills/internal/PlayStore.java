package dev.ascent.drills.internal;

import dev.ascent.drills.Play;
import dev.ascent.drills.PlayEntry;
import dev.ascent.drills.PlayResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
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

/** Plays and their logs in {@code drills.plays} and {@code drills.play_log}; a play is read by its player or its game master. */
@Repository
public class PlayStore {

    private static final String COLUMNS = """
            id, account_id, game_master_id, team_id, drill_id, drill_title, drill_version, seed, fault_times, speed, clock_seconds,
            clock_at, paused, state, result, started_at, ended_at, version""";
    private static final TypeReference<Map<String, Double>> TIMES = new TypeReference<>() { };

    /** A play with where its clock was anchored: the clock runs on from {@code clockAt} unless paused. */
    public record Stored(Play play, Instant clockAt, boolean paused) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlayStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Play play, Instant clockAt, boolean paused) {
        jdbc.sql("""
                        insert into drills.plays (id, account_id, game_master_id, team_id, drill_id, drill_title, drill_version, seed,
                                                  fault_times, speed, clock_seconds, clock_at, paused, state, started_at, version)
                        values (:id, :account, :gm, :team, :drill, :title, :drillVersion, :seed, cast(:times as jsonb), :speed, :clock,
                                :clockAt, :paused, :state, :started, 0)""")
                .param("id", play.id()).param("account", play.accountId()).param("gm", play.gameMasterId()).param("team", play.teamId())
                .param("drill", play.drillId()).param("title", play.drillTitle()).param("drillVersion", play.drillVersion())
                .param("seed", play.seed()).param("times", json.writeValueAsString(play.faultTimes())).param("speed", play.speed())
                .param("clock", play.clockSeconds()).param("clockAt", Timestamp.from(clockAt)).param("paused", paused)
                .param("state", play.state().key()).param("started", Timestamp.from(play.startedAt()))
                .update();
    }

    /** A running play left alone, by its id and its on-call. */
    public record Idle(UUID id, UUID accountId) {
    }

    /**
     * Running plays, their clock not paused, that nobody has touched (run or stepped the clock, acted, looked) since
     * {@code before}: the longest untouched first, at most {@code limit}.
     */
    public List<Idle> unwatched(Instant before, int limit) {
        return jdbc.sql("""
                        select id, account_id from drills.plays
                        where state = 'running' and not paused and clock_at < :before
                        order by clock_at limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new Idle(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class)))
                .list();
    }

    /** The play, when {@code viewer} plays it or runs it as game master. */
    public Optional<Stored> find(UUID viewer, UUID playId) {
        return jdbc.sql("select " + COLUMNS + " from drills.plays where id = :id and (account_id = :viewer or game_master_id = :viewer)")
                .param("id", playId).param("viewer", viewer).query(stored()).optional();
    }

    /** The account's plays, newest first, and those they ran as game master. */
    public List<Play> list(UUID accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from drills.plays where account_id = :account or game_master_id = :account"
                        + " order by started_at desc, id limit :limit")
                .param("account", accountId).param("limit", limit).query(stored()).list().stream().map(Stored::play).toList();
    }

    /** The account's own plays (not those they ran for others), oldest first. */
    public List<Play> played(UUID accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from drills.plays where account_id = :account order by started_at, id limit :limit")
                .param("account", accountId).param("limit", limit).query(stored()).list().stream().map(Stored::play).toList();
    }

    /** A play's row held for one change: its version, whether it runs, and how many entries its log has. */
    public record Locked(int version, boolean running, int entries) {
    }

    /** Holds the play's row until the transaction ends, so changes to one play happen one after the other. */
    public Optional<Locked> lock(UUID playId) {
        return jdbc.sql("""
                        select version, state = 'running' as running,
                               (select count(*) from drills.play_log l where l.play_id = p.id) as entries
                        from drills.plays p where id = :id for update""")
                .param("id", playId).query((rs, n) -> new Locked(rs.getInt("version"), rs.getBoolean("running"), rs.getInt("entries"))).optional();
    }

    /** Moves the clock (and its anchor, speed and pause) of a play held by {@link #lock}; {@code bump}: its version moves on. */
    public void setClock(UUID playId, double clock, Instant clockAt, boolean paused, double speed, boolean bump) {
        jdbc.sql("""
                        update drills.plays set clock_seconds = :clock, clock_at = :clockAt, paused = :paused, speed = :speed,
                               version = version + :bump
                        where id = :id""")
                .param("id", playId).param("clock", clock).param("clockAt", Timestamp.from(clockAt))
                .param("paused", paused).param("speed", speed).param("bump", bump ? 1 : 0).update();
    }

    /** Ends a running play with its numbers; false when it had ended already. */
    public boolean end(UUID playId, Play.State state, double clock, Instant at, PlayResult result) {
        return jdbc.sql("""
                        update drills.plays set state = :state, clock_seconds = :clock, clock_at = :at, paused = true, ended_at = :at,
                               result = cast(:result as jsonb), detect_seconds = :detect, mitigate_seconds = :mitigate, failed = :failed,
                               version = version + 1
                        where id = :id and state = 'running'""")
                .param("id", playId).param("state", state.key()).param("clock", clock)
                .param("at", Timestamp.from(at)).param("result", json.writeValueAsString(result))
                .param("detect", result.timeToDetect()).param("mitigate", result.timeToMitigate()).param("failed", result.failed())
                .update() == 1;
    }

    public List<PlayEntry> log(UUID playId) {
        return jdbc.sql("select seq, at_second, kind, ref, detail, actor_id, at from drills.play_log where play_id = :id order by seq")
                .param("id", playId).query(entry()).list();
    }

    /** The logs of several plays at once, each in order. */
    public Map<UUID, List<PlayEntry>> logs(List<UUID> playIds) {
        Map<UUID, List<PlayEntry>> logs = new java.util.HashMap<>();
        if (playIds.isEmpty()) {
            return logs;
        }
        jdbc.sql("select play_id, seq, at_second, kind, ref, detail, actor_id, at from drills.play_log where play_id in (:plays) order by play_id, seq")
                .param("plays", playIds)
                .query(rs -> {
                    logs.computeIfAbsent(rs.getObject("play_id", UUID.class), k -> new java.util.ArrayList<>()).add(entry().mapRow(rs, 0));
                });
        return logs;
    }

    /** Appends an entry; its number is the next in the play's log. */
    public void append(UUID playId, PlayEntry entry) {
        jdbc.sql("""
                        insert into drills.play_log (play_id, seq, at_second, kind, ref, detail, actor_id, at)
                        values (:play, :seq, :atSecond, :kind, :ref, :detail, :actor, :at)""")
                .param("play", playId).param("seq", entry.seq()).param("atSecond", entry.atSecond()).param("kind", entry.kind().key())
                .param("ref", entry.ref()).param("detail", entry.detail()).param("actor", entry.actorId())
                .param("at", Timestamp.from(entry.at())).update();
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from drills.plays where account_id = :account").param("account", accountId).update();
        jdbc.sql("update drills.plays set game_master_id = null where game_master_id = :account").param("account", accountId).update();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("select exists (select 1 from drills.plays where account_id = :account)").param("account", accountId)
                .query(Boolean.class).single();
    }

    private RowMapper<Stored> stored() {
        return (rs, n) -> {
            String result = rs.getString("result");
            Timestamp ended = rs.getTimestamp("ended_at");
            Play play = new Play(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                    rs.getObject("game_master_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("drill_id"),
                    rs.getString("drill_title"), rs.getInt("drill_version"), rs.getLong("seed"), json.readValue(rs.getString("fault_times"), TIMES),
                    rs.getDouble("speed"), rs.getDouble("clock_seconds"), state(rs.getString("state")), rs.getTimestamp("started_at").toInstant(),
                    ended == null ? null : ended.toInstant(), result == null ? null : json.readValue(result, PlayResult.class), rs.getInt("version"));
            return new Stored(play, rs.getTimestamp("clock_at").toInstant(), rs.getBoolean("paused"));
        };
    }

    private static Play.State state(String key) {
        for (Play.State s : Play.State.values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown play state " + key);
    }

    private static RowMapper<PlayEntry> entry() {
        return (rs, n) -> new PlayEntry(rs.getInt("seq"), rs.getDouble("at_second"),
                PlayEntry.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)), rs.getString("ref"), rs.getString("detail"),
                rs.getObject("actor_id", UUID.class), rs.getTimestamp("at").toInstant());
    }
}
