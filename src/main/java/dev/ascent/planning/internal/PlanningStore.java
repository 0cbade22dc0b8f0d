package dev.ascent.planning.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Weeks off, study schedules and calendar feed secrets. Callers check the enrolment's owner before calling. */
@Repository
public class PlanningStore {

    public record Feed(UUID enrollmentId, UUID accountId) {
    }

    /** A stored study schedule: the days as "MONDAY,FRIDAY" and the start time. */
    public record Schedule(UUID enrollmentId, String days, java.time.LocalTime startTime) {
    }

    private final JdbcClient jdbc;

    PlanningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<LocalDate> weeksOff(UUID enrollmentId) {
        return new HashSet<>(jdbc.sql("select monday from planning.weeks_off where enrollment_id = :e order by monday")
                .param("e", enrollmentId).query(LocalDate.class).list());
    }

    public void addWeekOff(UUID accountId, UUID enrollmentId, LocalDate monday) {
        jdbc.sql("insert into planning.weeks_off (enrollment_id, account_id, monday) values (:e, :a, :m) on conflict do nothing")
                .param("e", enrollmentId).param("a", accountId).param("m", Date.valueOf(monday)).update();
    }

    public List<LocalDate> weeksOffOfAccount(UUID accountId) {
        return jdbc.sql("select monday from planning.weeks_off where account_id = :a order by monday").param("a", accountId)
                .query(LocalDate.class).list();
    }

    public void removeWeekOff(UUID enrollmentId, LocalDate monday) {
        jdbc.sql("delete from planning.weeks_off where enrollment_id = :e and monday = :m")
                .param("e", enrollmentId).param("m", Date.valueOf(monday)).update();
    }

    /** Replaces the feed secret of an enrolment (revoking any earlier address). */
    public void replaceFeed(UUID enrollmentId, UUID accountId, String tokenHash) {
        jdbc.sql("""
                        insert into planning.calendar_feeds (enrollment_id, account_id, token_hash) values (:e, :a, :h)
                        on conflict (enrollment_id) do update set token_hash = excluded.token_hash, created_at = now()
                        """).param("e", enrollmentId).param("a", accountId).param("h", tokenHash).update();
    }

    public void revokeFeed(UUID enrollmentId) {
        jdbc.sql("delete from planning.calendar_feeds where enrollment_id = :e").param("e", enrollmentId).update();
    }

    public boolean hasFeed(UUID enrollmentId) {
        return jdbc.sql("select count(*) from planning.calendar_feeds where enrollment_id = :e").param("e", enrollmentId)
                .query(Integer.class).single() > 0;
    }

    public Optional<Feed> feed(String tokenHash) {
        return jdbc.sql("select enrollment_id, account_id from planning.calendar_feeds where token_hash = :h")
                .param("h", tokenHash).query(Feed.class).optional();
    }

    public Optional<Schedule> schedule(UUID enrollmentId) {
        return jdbc.sql("select enrollment_id, days, start_time from planning.study_schedules where enrollment_id = :e")
                .param("e", enrollmentId).query(Schedule.class).optional();
    }

    public List<Schedule> schedulesOfAccount(UUID accountId) {
        return jdbc.sql("select enrollment_id, days, start_time from planning.study_schedules where account_id = :a order by enrollment_id")
                .param("a", accountId).query(Schedule.class).list();
    }

    public void saveSchedule(UUID accountId, UUID enrollmentId, String days, java.time.LocalTime start) {
        jdbc.sql("""
                        insert into planning.study_schedules (enrollment_id, account_id, days, start_time) values (:e, :a, :d, :t)
                        on conflict (enrollment_id) do update set days = excluded.days, start_time = excluded.start_time, updated_at = now()
                        """).param("e", enrollmentId).param("a", accountId).param("d", days).param("t", java.sql.Time.valueOf(start)).update();
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from planning.study_schedules where account_id = :a").param("a", accountId).update();
        jdbc.sql("delete from planning.calendar_feeds where account_id = :a").param("a", accountId).update();
        jdbc.sql("delete from planning.weeks_off where account_id = :a").param("a", accountId).update();
    }
}
