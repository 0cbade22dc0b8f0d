package dev.ascent.learning.progress;

import dev.ascent.learning.CheckpointSignOff;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.LoggedDay;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.internal.Enrollments;
import dev.ascent.learning.projects.ProjectStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads over many learners at once, for a team's overview: each is one statement whatever the number of
 * learners (by index on the enrolment or account id), so a page about 200 people costs what a page about 2 does.
 * The caller decides who may see whom; these reads only gather.
 */
@Repository
public class CohortStore {

    private final JdbcClient jdbc;

    CohortStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every enrolment of these accounts, oldest first. */
    public List<Enrollment> enrollments(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, account_id, roadmap_id, start_date, weekly_hours, status, created_at, version
                          from learning.enrollments where account_id in (:accounts) order by created_at, id
                        """)
                .param("accounts", List.copyOf(accountIds)).query(Enrollments.ENROLLMENT).list();
    }

    /** The stored progress of these enrolments, by enrolment. */
    public Map<UUID, List<TopicProgress>> progress(Collection<UUID> enrollmentIds) {
        Map<UUID, List<TopicProgress>> byEnrollment = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return byEnrollment;
        }
        jdbc.sql("""
                        select enrollment_id, topic_id, status as p_status, proficiency, by_assessment, started_on, done_on,
                               review_step, review_due, version as p_version
                          from learning.topic_progress where enrollment_id in (:enrollments)
                        """)
                .param("enrollments", List.copyOf(enrollmentIds))
                .query(rs -> {
                    byEnrollment.computeIfAbsent(rs.getObject("enrollment_id", UUID.class), id -> new ArrayList<>()).add(ProgressStore.progress(rs));
                });
        return byEnrollment;
    }

    /** The project work of these enrolments, by enrolment. */
    public Map<UUID, List<ProjectWork>> projects(Collection<UUID> enrollmentIds) {
        Map<UUID, List<ProjectWork>> byEnrollment = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return byEnrollment;
        }
        jdbc.sql("""
                        select enrollment_id, project_id, status, started_on, submitted_on, repository_url, live_url, write_up, self_review, version
                          from learning.project_work where enrollment_id in (:enrollments)
                        """)
                .param("enrollments", List.copyOf(enrollmentIds))
                .query(rs -> {
                    byEnrollment.computeIfAbsent(rs.getObject("enrollment_id", UUID.class), id -> new ArrayList<>())
                            .add(ProjectStore.PROJECT.mapRow(rs, 0));
                });
        return byEnrollment;
    }

    /** The checkpoints signed off under these enrolments, by enrolment (read through the primary key). */
    public Map<UUID, List<CheckpointSignOff>> signOffs(Collection<UUID> enrollmentIds) {
        Map<UUID, List<CheckpointSignOff>> byEnrollment = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return byEnrollment;
        }
        jdbc.sql("""
                        select enrollment_id, checkpoint_id, signed_by, signed_on, evidence
                          from learning.checkpoint_signoffs where enrollment_id in (:enrollments)
                        """)
                .param("enrollments", List.copyOf(enrollmentIds))
                .query(rs -> {
                    byEnrollment.computeIfAbsent(rs.getObject("enrollment_id", UUID.class), id -> new ArrayList<>())
                            .add(new CheckpointSignOff(rs.getString("checkpoint_id"), rs.getString("signed_by"),
                                    rs.getObject("signed_on", LocalDate.class), rs.getString("evidence")));
                });
        return byEnrollment;
    }

    /**
     * The last day each enrolment saw a change of progress or logged time. Progress is read through its primary key
     * (an enrolment has at most a roadmap's topics); time through (enrollment_id, day), newest first.
     */
    public Map<UUID, LocalDate> lastActivity(Collection<UUID> enrollmentIds) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select e.id,
                               greatest((select (max(p.updated_at) at time zone 'UTC')::date from learning.topic_progress p where p.enrollment_id = e.id),
                                        (select t.day from learning.time_entries t where t.enrollment_id = e.id order by t.day desc limit 1)) as last_day
                          from learning.enrollments e where e.id in (:enrollments)
                        """)
                .param("enrollments", List.copyOf(enrollmentIds))
                .query(rs -> {
                    LocalDate day = rs.getObject("last_day", LocalDate.class);
                    if (day != null) {
                        last.put(rs.getObject("id", UUID.class), day);
                    }
                });
        return last;
    }

    /** Minutes logged per enrolment and day from {@code since} on, newest first, at most {@code limit} days. */
    public List<LoggedDay> loggedDays(Collection<UUID> enrollmentIds, LocalDate since, int limit) {
        if (enrollmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select enrollment_id, day, sum(minutes) as minutes from learning.time_entries
                         where enrollment_id in (:enrollments) and day >= :since
                         group by enrollment_id, day order by day desc, enrollment_id limit :limit
                        """)
                .param("enrollments", List.copyOf(enrollmentIds)).param("since", since).param("limit", limit)
                .query((rs, n) -> new LoggedDay(rs.getObject("enrollment_id", UUID.class), rs.getObject("day", LocalDate.class), rs.getInt("minutes")))
                .list();
    }
}
