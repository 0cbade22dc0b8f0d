package dev.ascent.learning.journal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The learning journal, per account, and the days with any learning activity. */
@Repository
public class JournalStore {

    private static final RowMapper<JournalEntry> JOURNAL = (rs, n) -> new JournalEntry(
            rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class), rs.getString("title"), rs.getString("body"),
            texts(rs.getArray("tags")), texts(rs.getArray("topics")), rs.getInt("version"));

    private final JdbcClient jdbc;

    JournalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<JournalEntry> journal(UUID accountId, @Nullable String tag, int limit) {
        return jdbc.sql("""
                        select id, day, title, body, tags, topics, version from learning.journal_entries
                        where account_id = :a and (cast(:tag as text) is null or :tag = any(tags))
                        order by day desc, created_at desc limit :limit
                        """)
                .param("a", accountId).param("tag", tag).param("limit", limit).query(JOURNAL).list();
    }

    public Optional<JournalEntry> journalEntry(UUID accountId, UUID id) {
        return jdbc.sql("select id, day, title, body, tags, topics, version from learning.journal_entries where account_id = :a and id = :id")
                .param("a", accountId).param("id", id).query(JOURNAL).optional();
    }

    public void insertJournal(UUID accountId, JournalEntry entry) {
        jdbc.sql("""
                        insert into learning.journal_entries (id, account_id, day, title, body, tags, topics)
                        values (:id, :a, :day, :title, :body, cast(:tags as text[]), cast(:topics as text[]))
                        """)
                .param("id", entry.id()).param("a", accountId).param("day", Date.valueOf(entry.day())).param("title", entry.title())
                .param("body", entry.body()).param("tags", array(entry.tags())).param("topics", array(entry.topics())).update();
    }

    public boolean updateJournal(UUID accountId, JournalEntry entry, int expectedVersion) {
        return jdbc.sql("""
                        update learning.journal_entries set day = :day, title = :title, body = :body, tags = cast(:tags as text[]),
                            topics = cast(:topics as text[]), updated_at = now(), version = version + 1
                        where account_id = :a and id = :id and version = :version
                        """)
                .param("id", entry.id()).param("a", accountId).param("day", Date.valueOf(entry.day())).param("title", entry.title())
                .param("body", entry.body()).param("tags", array(entry.tags())).param("topics", array(entry.topics()))
                .param("version", expectedVersion).update() == 1;
    }

    public boolean deleteJournal(UUID accountId, UUID id) {
        return jdbc.sql("delete from learning.journal_entries where account_id = :a and id = :id").param("a", accountId).param("id", id).update() == 1;
    }

    /** Learning events per day since a date: time logged, topics finished, journal entries. Three index reads. */
    public Map<LocalDate, Integer> activity(UUID accountId, LocalDate from) {
        Map<LocalDate, Integer> days = new java.util.HashMap<>();
        jdbc.sql("""
                        select day, count(*) as events from (
                            select t.day from learning.time_entries t join learning.enrollments e on e.id = t.enrollment_id
                            where e.account_id = :a and t.day >= :from
                            union all
                            select p.done_on from learning.topic_progress p join learning.enrollments e on e.id = p.enrollment_id
                            where e.account_id = :a and p.done_on >= :from
                            union all
                            select j.day from learning.journal_entries j where j.account_id = :a and j.day >= :from
                        ) activity group by day
                        """)
                .param("a", accountId).param("from", Date.valueOf(from))
                .query((rs, n) -> days.put(rs.getObject("day", LocalDate.class), rs.getInt("events"))).list();
        return days;
    }

    /** A real array parameter: every element is bound as a value, so no text is ever read as array syntax or NULL. */
    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    /** Erasure: the account's journal. */
    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from learning.journal_entries where account_id = :account").param("account", accountId).update();
    }

    /** The elements of a text[] column; a NULL element (never written by Ascent) is skipped rather than failing the read. */
    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return java.util.Arrays.stream((String[]) array.getArray()).filter(java.util.Objects::nonNull).toList();
    }
}
