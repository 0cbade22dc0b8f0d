package dev.ascent.learning.internal;

import dev.ascent.catalog.TopicKind;
import dev.ascent.learning.TimeEntry;
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
public class TimeEntries {

    static final String COLUMNS = "id, topic_id, day, minutes, kind, scenario_id, scenario_title, version";

    static final RowMapper<TimeEntry> ENTRY = (rs, n) -> new TimeEntry(rs.getLong("id"), rs.getString("topic_id"),
            rs.getObject("day", LocalDate.class), rs.getInt("minutes"), TopicKind.valueOf(rs.getString("kind")),
            rs.getString("scenario_id"), rs.getString("scenario_title"), rs.getInt("version"));

    private final JdbcClient jdbc;

    TimeEntries(JdbcClient jdbc) {
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
}
