package dev.ascent.practice.internal;

import dev.ascent.practice.Attempt;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Attempts at scenarios. Every read and write names the owner's account, so no one reaches another's attempt. */
@Repository
public class AttemptStore {

    private static final String COLUMNS = """
            id, scenario_id, scenario_version, number, step, framing, questions, option_id, own_option, record_context,
            record_options, record_decision, record_consequences, ratings::text as ratings, reflection, started_at, completed_at,
            updated_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Attempt> rows;

    AttemptStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = (rs, n) -> new Attempt(rs.getObject("id", UUID.class), rs.getString("scenario_id"), rs.getInt("scenario_version"),
                rs.getInt("number"), Attempt.Step.valueOf(rs.getString("step")), rs.getString("framing"), rs.getString("questions"),
                rs.getString("option_id"), rs.getString("own_option"), rs.getString("record_context"), rs.getString("record_options"),
                rs.getString("record_decision"), rs.getString("record_consequences"),
                json.readValue(rs.getString("ratings"), new TypeReference<Map<String, Integer>>() { }), rs.getString("reflection"),
                instant(rs.getObject("started_at", OffsetDateTime.class)), optionalInstant(rs.getObject("completed_at", OffsetDateTime.class)),
                instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getInt("version"));
    }

    /** Serialises starting attempts of one account at one scenario until the transaction ends (a double click starts one). */
    public void lock(UUID accountId, String scenarioId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('practice.attempt:' || cast(:a as text) || :s))")
                .param("a", accountId).param("s", scenarioId).query().singleValue();
    }

    /** Starts attempt number n+1 of this scenario for the account; call {@link #lock} first in the same transaction. */
    public Attempt start(UUID accountId, String scenarioId, int scenarioVersion) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into practice.attempts (id, account_id, scenario_id, scenario_version, number)
                        values (:id, :a, :s, :v, (select coalesce(max(number), 0) + 1 from practice.attempts where account_id = :a and scenario_id = :s))
                        """)
                .param("id", id).param("a", accountId).param("s", scenarioId).param("v", scenarioVersion).update();
        return find(accountId, id).orElseThrow();
    }

    public Optional<Attempt> find(UUID accountId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from practice.attempts where account_id = :a and id = :id")
                .param("a", accountId).param("id", id).query(rows).optional();
    }

    /** The account's attempts, newest activity first; of one scenario when {@code scenarioId} is given. */
    public List<Attempt> list(UUID accountId, @Nullable String scenarioId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from practice.attempts where account_id = :a and (cast(:s as text) is null or scenario_id = :s)
                        order by updated_at desc limit :limit
                        """)
                .param("a", accountId).param("s", scenarioId).param("limit", limit).query(rows).list();
    }

    /** Saves the attempt if it is still at {@code expectedVersion}; false when someone saved it in between. */
    public boolean update(UUID accountId, Attempt a, int expectedVersion) {
        return jdbc.sql("""
                        update practice.attempts set step = :step, framing = :framing, questions = :questions, option_id = :option,
                            own_option = :own, record_context = :context, record_options = :options, record_decision = :decision,
                            record_consequences = :consequences, ratings = cast(:ratings as jsonb), reflection = :reflection,
                            completed_at = :completed, updated_at = now(), version = version + 1
                        where account_id = :a and id = :id and version = :expected
                        """)
                .param("step", a.step().name()).param("framing", a.framing()).param("questions", a.questions())
                .param("option", a.optionId()).param("own", a.ownOption()).param("context", a.recordContext())
                .param("options", a.recordOptions()).param("decision", a.recordDecision()).param("consequences", a.recordConsequences())
                .param("ratings", json.writeValueAsString(a.ratings())).param("reflection", a.reflection())
                .param("completed", a.completedAt() == null ? null : Timestamp.from(a.completedAt()))
                .param("a", accountId).param("id", a.id()).param("expected", expectedVersion)
                .update() == 1;
    }

    /** Restores an attempt from an export, as it was. */
    public void restore(UUID accountId, Attempt a) {
        jdbc.sql("""
                        insert into practice.attempts (id, account_id, scenario_id, scenario_version, number, step, framing, questions,
                            option_id, own_option, record_context, record_options, record_decision, record_consequences, ratings, reflection,
                            started_at, completed_at, updated_at)
                        values (:id, :a, :s, :v, :number, :step, :framing, :questions, :option, :own, :context, :options, :decision,
                            :consequences, cast(:ratings as jsonb), :reflection, :started, :completed, :updated)
                        """)
                .param("id", a.id()).param("a", accountId).param("s", a.scenarioId()).param("v", a.scenarioVersion())
                .param("number", a.number()).param("step", a.step().name()).param("framing", a.framing()).param("questions", a.questions())
                .param("option", a.optionId()).param("own", a.ownOption()).param("context", a.recordContext())
                .param("options", a.recordOptions()).param("decision", a.recordDecision()).param("consequences", a.recordConsequences())
                .param("ratings", json.writeValueAsString(a.ratings())).param("reflection", a.reflection())
                .param("started", Timestamp.from(a.startedAt()))
                .param("completed", a.completedAt() == null ? null : Timestamp.from(a.completedAt()))
                .param("updated", Timestamp.from(a.updatedAt()))
                .update();
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from practice.attempts where account_id = :a").param("a", accountId).update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static @Nullable Instant optionalInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
