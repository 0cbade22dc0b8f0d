package dev.ascent.practice.internal;

import dev.ascent.practice.DecisionRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The decision journal. Every read and write names the owner's account. */
@Repository
public class DecisionStore {

    private static final String COLUMNS = """
            id, number, title, status, decided_on, context, drivers, options, outcome, consequences, tags, topics, revisit_on,
            revisited_on, actual_outcome, would_decide_now, version""";

    private static final RowMapper<DecisionRecord> ROWS = (rs, n) -> new DecisionRecord(rs.getObject("id", UUID.class), rs.getInt("number"),
            rs.getString("title"), DecisionRecord.Status.valueOf(rs.getString("status")), rs.getObject("decided_on", LocalDate.class),
            rs.getString("context"), rs.getString("drivers"), rs.getString("options"), rs.getString("outcome"), rs.getString("consequences"),
            texts(rs.getArray("tags")), texts(rs.getArray("topics")),
            rs.getObject("revisit_on", LocalDate.class), rs.getObject("revisited_on", LocalDate.class), rs.getString("actual_outcome"),
            rs.getString("would_decide_now"), rs.getInt("version"));

    /** Filters of the journal page; null means "any". {@code due} keeps only records waiting for a revisit on or before that day. */
    public record Filter(@Nullable String tag, @Nullable String topic, DecisionRecord.@Nullable Status status, @Nullable LocalDate due) {
    }

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DecisionRecord> list(UUID accountId, Filter filter, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from practice.decisions
                        where account_id = :a
                          and (cast(:tag as text) is null or :tag = any(tags))
                          and (cast(:topic as text) is null or :topic = any(topics))
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:due as date) is null or (revisit_on <= :due and (revisited_on is null or revisited_on < revisit_on)))
                        order by number desc limit :limit
                        """)
                .param("a", accountId).param("tag", filter.tag()).param("topic", filter.topic())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("due", filter.due() == null ? null : Date.valueOf(filter.due()))
                .param("limit", limit)
                .query(ROWS).list();
    }

    public int count(UUID accountId) {
        return jdbc.sql("select count(*) from practice.decisions where account_id = :a").param("a", accountId).query(Integer.class).single();
    }

    public Optional<DecisionRecord> find(UUID accountId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from practice.decisions where account_id = :a and id = :id")
                .param("a", accountId).param("id", id).query(ROWS).optional();
    }

    /** The next ADR number of the account; the lock keeps two saves at once from taking the same number. */
    public int nextNumber(UUID accountId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('practice.decisions:' || cast(:a as text)))").param("a", accountId).query().singleValue();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from practice.decisions where account_id = :a")
                .param("a", accountId).query(Integer.class).single();
    }

    public void insert(UUID accountId, DecisionRecord r) {
        jdbc.sql("""
                        insert into practice.decisions (id, account_id, number, title, status, decided_on, context, drivers, options, outcome,
                            consequences, tags, topics, revisit_on, revisited_on, actual_outcome, would_decide_now)
                        values (:id, :a, :number, :title, :status, :decided, :context, :drivers, :options, :outcome, :consequences,
                            cast(:tags as text[]), cast(:topics as text[]), :revisit, :revisited, :actual, :now)
                        """)
                .params(params(accountId, r)).param("number", r.number()).update();
    }

    /** Saves the record if it is still at {@code expectedVersion}. */
    public boolean update(UUID accountId, DecisionRecord r, int expectedVersion) {
        return jdbc.sql("""
                        update practice.decisions set title = :title, status = :status, decided_on = :decided, context = :context,
                            drivers = :drivers, options = :options, outcome = :outcome, consequences = :consequences,
                            tags = cast(:tags as text[]), topics = cast(:topics as text[]), revisit_on = :revisit, revisited_on = :revisited,
                            actual_outcome = :actual, would_decide_now = :now, updated_at = now(), version = version + 1
                        where account_id = :a and id = :id and version = :expected
                        """)
                .params(params(accountId, r)).param("expected", expectedVersion).update() == 1;
    }

    public boolean delete(UUID accountId, UUID id) {
        return jdbc.sql("delete from practice.decisions where account_id = :a and id = :id").param("a", accountId).param("id", id).update() == 1;
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from practice.decisions where account_id = :a").param("a", accountId).update();
    }

    private static java.util.Map<String, @Nullable Object> params(UUID accountId, DecisionRecord r) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("id", r.id());
        params.put("a", accountId);
        params.put("title", r.title());
        params.put("status", r.status().name());
        params.put("decided", Date.valueOf(r.decidedOn()));
        params.put("context", r.context());
        params.put("drivers", r.drivers());
        params.put("options", r.options());
        params.put("outcome", r.outcome());
        params.put("consequences", r.consequences());
        params.put("tags", array(r.tags()));
        params.put("topics", array(r.topics()));
        params.put("revisit", r.revisitOn() == null ? null : Date.valueOf(r.revisitOn()));
        params.put("revisited", r.revisitedOn() == null ? null : Date.valueOf(r.revisitedOn()));
        params.put("actual", r.actualOutcome());
        params.put("now", r.wouldDecideNow());
        return params;
    }

    /** A real array parameter: every element is bound as a value, so no text is ever read as array syntax or NULL. */
    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** The elements of a text[] column; a NULL element (never written by Ascent) is skipped rather than failing the read. */
    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return java.util.Arrays.stream((String[]) array.getArray()).filter(java.util.Objects::nonNull).toList();
    }
}
