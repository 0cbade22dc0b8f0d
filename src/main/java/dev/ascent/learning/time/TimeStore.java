package dev.ascent.learning.time;

import dev.ascent.catalog.TopicKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The time log entry by entry: a week of it, and editing or deleting one entry at the version it
 * was read. Callers have checked the enrolment belongs to the account; every statement names the
 * enrolment too, so an entry id of another enrolment matches nothing.
 */
@Repository
public class TimeStore {

    static final String COLUMNS = "id, topic_id, day, minutes, kind, scenario_id, scenario_title, version";

    static final RowMapper<TimeEntry> ENTRY = (rs, n) -> new TimeEntry(rs.getLong("id"), rs.getString("topic_id"),
            rs.getObject("day", LocalDate.class), rs.getInt("minutes"), TopicKind.valueOf(rs.getString("kind")),
            rs.getString("scenario_id"), rs.getString("scenario_title"), rs.getInt("version"));

    private final JdbcClient jdbc;

    TimeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of the seven days from a Monday, newest first, read by the (enrollment_id, day) index. */
    public List<TimeEntry> week(UUID enrollmentId, LocalDate monday) {
        return jdbc.sql("select " + COLUMNS + """
                         from learning.time_entries
                        where enrollment_id = :e and day >= :from and day < :to order by day desc, id desc
                        """)
                .param("e", enrollmentId).param("from", Date.valueOf(monday)).param("to", Date.valueOf(monday.plusDays(7)))
                .query(ENTRY).list();
    }

    /** The latest day with time before a day, for the link to the previous week with entries. */
    public Optional<LocalDate> lastDayBefore(UUID enrollmentId, LocalDate day) {
        return jdbc.sql("select day from learning.time_entries where enrollment_id = :e and day < :day order by day desc limit 1")
                .param("e", enrollmentId).param("day", Date.valueOf(day)).query(LocalDate.class).optional();
    }

    /** The first day with time from a day on, for the link to the next week with entries. */
    public Optional<LocalDate> firstDayFrom(UUID enrollmentId, LocalDate day) {
        return jdbc.sql("select day from learning.time_entries where enrollment_id = :e and day >= :day order by day limit 1")
                .param("e", enrollmentId).param("day", Date.valueOf(day)).query(LocalDate.class).optional();
    }

    public Optional<TimeEntry> find(UUID enrollmentId, long id) {
        return jdbc.sql("select " + COLUMNS + " from learning.time_entries where enrollment_id = :e and id = :id")
                .param("e", enrollmentId).param("id", id).query(ENTRY).optional();
    }

    /** Minutes on a day without one entry: what an edit of that entry adds to. */
    public int minutesOnBesides(UUID enrollmentId, LocalDate day, long id) {
        return jdbc.sql("select coalesce(sum(minutes), 0) from learning.time_entries where enrollment_id = :e and day = :day and id <> :id")
                .param("e", enrollmentId).param("day", Date.valueOf(day)).param("id", id).query(Integer.class).single();
    }

    /** Changes an entry if it is still at the version read; false when it changed or went meanwhile. */
    public boolean update(UUID enrollmentId, long id, @Nullable String topicId, LocalDate day, int minutes, TopicKind kind, int expectedVersion) {
        return jdbc.sql("""
                        update learning.time_entries set topic_id = :t, day = :day, minutes = :minutes, kind = :kind, version = version + 1
                        where enrollment_id = :e and id = :id and version = :v
                        """)
                .param("t", topicId).param("day", Date.valueOf(day)).param("minutes", minutes).param("kind", kind.name())
                .param("e", enrollmentId).param("id", id).param("v", expectedVersion).update() == 1;
    }

    public boolean delete(UUID enrollmentId, long id, int expectedVersion) {
        return jdbc.sql("delete from learning.time_entries where enrollment_id = :e and id = :id and version = :v")
                .param("e", enrollmentId).param("id", id).param("v", expectedVersion).update() == 1;
    }

    public void logTime(UUID enrollmentId, @Nullable String topicId, LocalDate day, int minutes, TopicKind kind) {
        logTime(enrollmentId, topicId, day, minutes, kind, null, null);
    }

    /** An entry typed by the learner (no scenario) or credited by an attempt at a scenario. */
    public void logTime(UUID enrollmentId, @Nullable String topicId, LocalDate day, int minutes, TopicKind kind,
                        @Nullable String scenarioId, @Nullable String scenarioTitle) {
        jdbc.sql("""
                        insert into learning.time_entries (enrollment_id, topic_id, day, minutes, kind, scenario_id, scenario_title)
                        values (:e, :t, :day, :minutes, :kind, :scenario, :title)
                        """)
                .param("e", enrollmentId).param("t", topicId).param("day", Date.valueOf(day)).param("minutes", minutes)
                .param("kind", kind.name()).param("scenario", scenarioId).param("title", scenarioTitle).update();
    }

    public int minutesOn(UUID enrollmentId, LocalDate day) {
        return jdbc.sql("select coalesce(sum(minutes), 0) from learning.time_entries where enrollment_id = :e and day = :day")
                .param("e", enrollmentId).param("day", Date.valueOf(day)).query(Integer.class).single();
    }

    /** Every minute logged under the enrolment (an index range on the enrolment's entries). */
    public long minutesTotal(UUID enrollmentId) {
        return jdbc.sql("select coalesce(sum(minutes), 0) from learning.time_entries where enrollment_id = :e")
                .param("e", enrollmentId).query(Long.class).single();
    }

    /** Entries from a day on, newest first: a week for the dashboard, everything for the export. */
    public List<TimeEntry> timeSince(UUID enrollmentId, LocalDate from) {
        return jdbc.sql("""
                        select %s from learning.time_entries
                        where enrollment_id = :e and day >= :from order by day desc, id desc
                        """.formatted(COLUMNS))
                .param("e", enrollmentId).param("from", Date.valueOf(from))
                .query(ENTRY)
                .list();
    }

    /** Records that an attempt was credited as practice; false when it already was. */
    public boolean claimCredit(UUID accountId, UUID attemptId) {
        return jdbc.sql("insert into learning.credited_attempts (attempt_id, account_id) values (:attempt, :account) on conflict do nothing")
                .param("attempt", attemptId).param("account", accountId).update() == 1;
    }

    /** Erasure: which attempts were credited (the time itself goes with the enrolments). */
    public void deleteCredits(UUID accountId) {
        jdbc.sql("delete from learning.credited_attempts where account_id = :account").param("account", accountId).update();
    }
}
