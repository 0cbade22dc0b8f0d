package dev.ascent.learning.internal;

import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentChange;
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

/**
 * Enrolments and their re-plannings. Every read is by the owner's account id as well, so no one reads
 * another's; the other parts of learning (progress, projects, notes, time, journal) keep their own stores.
 */
@Repository
public class Enrollments {

    public static final RowMapper<Enrollment> ENROLLMENT = (rs, n) -> new Enrollment(
            rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("roadmap_id"),
            rs.getObject("start_date", LocalDate.class), rs.getInt("weekly_hours"),
            Enrollment.Status.valueOf(rs.getString("status")),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));

    private static final String ENROLLMENT_COLUMNS = "id, account_id, roadmap_id, start_date, weekly_hours, status, created_at, version";

    private final JdbcClient jdbc;

    Enrollments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the account already follows this roadmap. */
    public boolean insertEnrollment(UUID id, UUID accountId, String roadmapId, LocalDate start, int weeklyHours) {
        return jdbc.sql("""
                        insert into learning.enrollments (id, account_id, roadmap_id, start_date, weekly_hours)
                        values (:id, :account, :roadmap, :start, :hours)
                        on conflict (account_id, roadmap_id) do nothing
                        """)
                .param("id", id).param("account", accountId).param("roadmap", roadmapId)
                .param("start", Date.valueOf(start)).param("hours", weeklyHours)
                .update() == 1;
    }

    public List<Enrollment> enrollments(UUID accountId) {
        return jdbc.sql("select " + ENROLLMENT_COLUMNS + " from learning.enrollments where account_id = :account order by created_at")
                .param("account", accountId).query(ENROLLMENT).list();
    }

    public Optional<Enrollment> enrollment(UUID accountId, UUID id) {
        return jdbc.sql("select " + ENROLLMENT_COLUMNS + " from learning.enrollments where account_id = :account and id = :id")
                .param("account", accountId).param("id", id).query(ENROLLMENT).optional();
    }

    Optional<Enrollment> enrollmentFor(UUID accountId, String roadmapId) {
        return jdbc.sql("select " + ENROLLMENT_COLUMNS + " from learning.enrollments where account_id = :account and roadmap_id = :roadmap")
                .param("account", accountId).param("roadmap", roadmapId).query(ENROLLMENT).optional();
    }

    public boolean updateEnrollment(UUID accountId, UUID id, LocalDate start, int weeklyHours, Enrollment.Status status, int version) {
        return jdbc.sql("""
                        update learning.enrollments set start_date = :start, weekly_hours = :hours, status = :status, version = version + 1
                        where account_id = :account and id = :id and version = :version
                        """)
                .param("account", accountId).param("id", id).param("start", Date.valueOf(start)).param("hours", weeklyHours)
                .param("status", status.name()).param("version", version)
                .update() == 1;
    }

    private static final RowMapper<EnrollmentChange> CHANGE = (rs, n) -> new EnrollmentChange(
            rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getInt("from_hours"), rs.getInt("to_hours"),
            rs.getObject("from_start", LocalDate.class), rs.getObject("to_start", LocalDate.class));

    public void recordChange(UUID enrollmentId, EnrollmentChange change) {
        jdbc.sql("""
                        insert into learning.enrollment_changes (id, enrollment_id, changed_at, from_hours, to_hours, from_start, to_start)
                        values (:id, :enrollment, :at, :fromHours, :toHours, :fromStart, :toStart)
                        """)
                .param("id", UUID.randomUUID()).param("enrollment", enrollmentId)
                .param("at", OffsetDateTime.ofInstant(change.changedAt(), java.time.ZoneOffset.UTC))
                .param("fromHours", change.fromHours()).param("toHours", change.toHours())
                .param("fromStart", Date.valueOf(change.fromStart())).param("toStart", Date.valueOf(change.toStart()))
                .update();
    }

    /** The enrolment's re-plannings, oldest first. */
    public List<EnrollmentChange> changes(UUID enrollmentId) {
        return jdbc.sql("""
                        select changed_at, from_hours, to_hours, from_start, to_start from learning.enrollment_changes
                        where enrollment_id = :enrollment order by changed_at, id
                        """)
                .param("enrollment", enrollmentId).query(CHANGE).list();
    }

    /** Erasure: the account's enrolments, and with them (on delete cascade) everything recorded under them. */
    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from learning.enrollments where account_id = :account").param("account", accountId).update();
    }
}
