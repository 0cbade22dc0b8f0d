package dev.ascent.learning.progress;

import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.internal.Enrollments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An enrolment read together with its progress in one statement (all of it, or one topic's), and a
 * topic's progress written with its optimistic version check, returning the row as stored: a
 * status change is one read and one write, and the page it answers is drawn from what they returned.
 * Every read is by the owner's account id as well, so no one reads another's.
 */
@Repository
public class ProgressStore {

    /** An enrolment with the progress read beside it (every stored topic, or the one asked for). */
    public record Owned(Enrollment enrollment, List<TopicProgress> progress) {
    }

    private static final String SELECT = """
            select e.id, e.account_id, e.roadmap_id, e.start_date, e.weekly_hours, e.status, e.created_at, e.version,
                   p.topic_id, p.status as p_status, p.proficiency, p.by_assessment, p.started_on, p.done_on, p.review_step,
                   p.review_due, p.version as p_version
            from learning.enrollments e
            left join learning.topic_progress p on p.enrollment_id = e.id %s
            where e.account_id = :account and e.id = :id
            """;
    private static final String RETURNING = "returning topic_id, status as p_status, proficiency, by_assessment, started_on, done_on, "
            + "review_step, review_due, version as p_version";

    private static final String COLUMNS = "select topic_id, status as p_status, proficiency, by_assessment, started_on, done_on, "
            + "review_step, review_due, version as p_version from learning.topic_progress";

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enrolment, if it is the account's, with the progress of every topic stored for it. */
    public Optional<Owned> enrollment(UUID accountId, UUID enrollmentId) {
        return read(SELECT.formatted(""), Map.of("account", accountId, "id", enrollmentId));
    }

    /** The enrolment, if it is the account's, with the progress of one topic (none when never stored). */
    public Optional<Owned> topic(UUID accountId, UUID enrollmentId, String topicId) {
        return read(SELECT.formatted("and p.topic_id = :topic"), Map.of("account", accountId, "id", enrollmentId, "topic", topicId));
    }

    private Optional<Owned> read(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((ResultSet rs) -> {
            Enrollment enrollment = null;
            List<TopicProgress> progress = new ArrayList<>();
            while (rs.next()) {
                if (enrollment == null) {
                    enrollment = Enrollments.ENROLLMENT.mapRow(rs, 0);
                }
                if (rs.getString("topic_id") != null) {
                    progress.add(progress(rs));
                }
            }
            return Optional.ofNullable(enrollment).map(e -> new Owned(e, List.copyOf(progress)));
        });
    }

    /**
     * Writes a topic's progress if nobody changed it since {@code expectedVersion} was read (-1: not
     * stored yet), and returns it as stored, with its new version; empty on a conflict.
     */
    public Optional<TopicProgress> save(UUID enrollmentId, TopicProgress next, int expectedVersion) {
        String sql = expectedVersion < 0 ? """
                insert into learning.topic_progress (enrollment_id, topic_id, status, proficiency, by_assessment,
                    started_on, done_on, review_step, review_due)
                values (:enrollment, :topic, :status, :proficiency, :assessed, :started, :done, :step, :due)
                on conflict (enrollment_id, topic_id) do nothing
                """ : """
                update learning.topic_progress set status = :status, proficiency = :proficiency, by_assessment = :assessed,
                    started_on = :started, done_on = :done, review_step = :step, review_due = :due,
                    updated_at = now(), version = version + 1
                where enrollment_id = :enrollment and topic_id = :topic and version = :version
                """;
        return jdbc.sql(sql + RETURNING).params(params(enrollmentId, next, expectedVersion))
                .query((rs, n) -> progress(rs)).optional();
    }

    static TopicProgress progress(ResultSet rs) throws SQLException {
        return new TopicProgress(rs.getString("topic_id"), TopicStatus.valueOf(rs.getString("p_status")),
                Proficiency.valueOf(rs.getString("proficiency")), rs.getBoolean("by_assessment"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                (Integer) rs.getObject("review_step"), rs.getObject("review_due", LocalDate.class), rs.getInt("p_version"));
    }

    private static Map<String, Object> params(UUID enrollmentId, TopicProgress next, int expectedVersion) {
        var params = new HashMap<String, Object>();
        params.put("enrollment", enrollmentId);
        params.put("topic", next.topicId());
        params.put("status", next.status().name());
        params.put("proficiency", next.proficiency().name());
        params.put("assessed", next.byAssessment());
        params.put("started", date(next.startedOn()));
        params.put("done", date(next.doneOn()));
        params.put("step", next.reviewStep());
        params.put("due", date(next.reviewDue()));
        params.put("version", expectedVersion);
        return params;
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** Every stored topic of an enrolment (the caller has checked it is the account's): for the export and the import. */
    public List<TopicProgress> progress(UUID enrollmentId) {
        return jdbc.sql(COLUMNS + " where enrollment_id = :enrollment").param("enrollment", enrollmentId)
                .query((rs, n) -> progress(rs)).list();
    }

    public Optional<TopicProgress> progress(UUID enrollmentId, String topicId) {
        return jdbc.sql(COLUMNS + " where enrollment_id = :enrollment and topic_id = :topic")
                .param("enrollment", enrollmentId).param("topic", topicId).query((rs, n) -> progress(rs)).optional();
    }
}
