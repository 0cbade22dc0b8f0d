package dev.ascent.learning.projects;

import dev.ascent.learning.ProjectWork;
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

/** Project work per enrolment, written at the version read. Callers have checked the enrolment is the account's. */
@Repository
public class ProjectStore {

    /** A project_work row (with enrollment_id beside it when a bulk read needs it). */
    public static final RowMapper<ProjectWork> PROJECT = (rs, n) -> new ProjectWork(
            rs.getString("project_id"), ProjectWork.Status.valueOf(rs.getString("status")),
            rs.getObject("started_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
            rs.getString("repository_url"), rs.getString("live_url"), rs.getString("write_up"),
            java.util.Arrays.stream((String[]) rs.getArray("self_review").getArray()).map(ProjectWork.Rating::valueOf).toList(),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProjectWork> projects(UUID enrollmentId) {
        return jdbc.sql("""
                        select project_id, status, started_on, submitted_on, repository_url, live_url, write_up, self_review, version
                        from learning.project_work where enrollment_id = :enrollment
                        """)
                .param("enrollment", enrollmentId).query(PROJECT).list();
    }

    /** Writes project work if unchanged since {@code expectedVersion} (-1: not stored yet); false on a conflict. */
    public boolean save(UUID enrollmentId, ProjectWork work, int expectedVersion) {
        var statement = expectedVersion < 0
                ? jdbc.sql("""
                        insert into learning.project_work (enrollment_id, project_id, status, started_on, submitted_on,
                            repository_url, live_url, write_up, self_review)
                        values (:enrollment, :project, :status, :started, :submitted, :repository, :live, :writeUp, cast(:review as text[]))
                        on conflict (enrollment_id, project_id) do nothing
                        """)
                : jdbc.sql("""
                        update learning.project_work set status = :status, started_on = :started, submitted_on = :submitted,
                            repository_url = :repository, live_url = :live, write_up = :writeUp, self_review = cast(:review as text[]),
                            updated_at = now(), version = version + 1
                        where enrollment_id = :enrollment and project_id = :project and version = :version
                        """).param("version", expectedVersion);
        return statement
                .param("enrollment", enrollmentId)
                .param("project", work.projectId())
                .param("status", work.status().name())
                .param("started", Date.valueOf(work.startedOn()))
                .param("submitted", date(work.submittedOn()))
                .param("repository", work.repositoryUrl())
                .param("live", work.liveUrl())
                .param("writeUp", work.writeUp())
                .param("review", work.selfReview().stream().map(Enum::name).toArray(String[]::new))
                .update() == 1;
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
