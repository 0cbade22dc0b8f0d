package dev.ascent.learning.internal;

import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentChange;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TimeEntry;
import dev.ascent.learning.JournalEntry;
import dev.ascent.learning.TopicNotes;
import dev.ascent.catalog.TopicKind;
import java.util.Map;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Enrolments and topic progress. Every read is by the owner's account id as well, so no one reads another's. */
@Repository
public class LearningStore {

    static final RowMapper<Enrollment> ENROLLMENT = (rs, n) -> new Enrollment(
            rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("roadmap_id"),
            rs.getObject("start_date", LocalDate.class), rs.getInt("weekly_hours"),
            Enrollment.Status.valueOf(rs.getString("status")),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));

    private static final RowMapper<TopicProgress> PROGRESS = (rs, n) -> new TopicProgress(
            rs.getString("topic_id"), TopicStatus.valueOf(rs.getString("status")), Proficiency.valueOf(rs.getString("proficiency")),
            rs.getBoolean("by_assessment"), rs.getObject("started_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
            (Integer) rs.getObject("review_step"), rs.getObject("review_due", LocalDate.class), rs.getInt("version"));

    private static final String ENROLLMENT_COLUMNS = "id, account_id, roadmap_id, start_date, weekly_hours, status, created_at, version";
    private static final String PROGRESS_COLUMNS = "topic_id, status, proficiency, by_assessment, started_on, done_on, review_step, review_due, version";

    private final JdbcClient jdbc;

    private final ProgressStore progress;

    LearningStore(JdbcClient jdbc, ProgressStore progress) {
        this.jdbc = jdbc;
        this.progress = progress;
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

    public List<TopicProgress> progress(UUID enrollmentId) {
        return jdbc.sql("select " + PROGRESS_COLUMNS + " from learning.topic_progress where enrollment_id = :enrollment")
                .param("enrollment", enrollmentId).query(PROGRESS).list();
    }

    public Optional<TopicProgress> progress(UUID enrollmentId, String topicId) {
        return jdbc.sql("select " + PROGRESS_COLUMNS + " from learning.topic_progress where enrollment_id = :enrollment and topic_id = :topic")
                .param("enrollment", enrollmentId).param("topic", topicId).query(PROGRESS).optional();
    }

    /**
     * Writes a topic's progress if nobody changed it since {@code expectedVersion} was read (-1: not stored yet).
     * False on a conflict: the caller reloads and tells the person.
     */
    public boolean save(UUID enrollmentId, TopicProgress next, int expectedVersion) {
        return progress.save(enrollmentId, next, expectedVersion).isPresent();
    }

    private static final RowMapper<ProjectWork> PROJECT = (rs, n) -> new ProjectWork(
            rs.getString("project_id"), ProjectWork.Status.valueOf(rs.getString("status")),
            rs.getObject("started_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
            rs.getString("repository_url"), rs.getString("live_url"), rs.getString("write_up"),
            java.util.Arrays.stream((String[]) rs.getArray("self_review").getArray()).map(ProjectWork.Rating::valueOf).toList(),
            rs.getInt("version"));

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

    public Optional<TopicNotes> notes(UUID enrollmentId, String topicId) {
        var links = jdbc.sql("select id, title, url from learning.topic_links where enrollment_id = :e and topic_id = :t order by created_at")
                .param("e", enrollmentId).param("t", topicId)
                .query((rs, n) -> new TopicNotes.Link(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("url"))).list();
        return jdbc.sql("select body, version, updated_at from learning.topic_notes where enrollment_id = :e and topic_id = :t")
                .param("e", enrollmentId).param("t", topicId)
                .query((rs, n) -> new TopicNotes(topicId, rs.getString("body"), rs.getInt("version"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), links))
                .optional()
                .or(() -> Optional.of(new TopicNotes(topicId, "", -1, java.time.Instant.EPOCH, links)));
    }

    /** Saves notes if unchanged since {@code expectedVersion} (-1: none yet); false on a conflict. */
    public boolean saveNotes(UUID enrollmentId, String topicId, String body, int expectedVersion) {
        if (expectedVersion < 0) {
            return jdbc.sql("""
                            insert into learning.topic_notes (enrollment_id, topic_id, body) values (:e, :t, :body)
                            on conflict (enrollment_id, topic_id) do nothing
                            """).param("e", enrollmentId).param("t", topicId).param("body", body).update() == 1;
        }
        return jdbc.sql("""
                        update learning.topic_notes set body = :body, updated_at = now(), version = version + 1
                        where enrollment_id = :e and topic_id = :t and version = :version
                        """).param("e", enrollmentId).param("t", topicId).param("body", body).param("version", expectedVersion).update() == 1;
    }

    public void addLink(UUID enrollmentId, String topicId, String title, String url) {
        jdbc.sql("insert into learning.topic_links (id, enrollment_id, topic_id, title, url) values (:id, :e, :t, :title, :url)")
                .param("id", UUID.randomUUID()).param("e", enrollmentId).param("t", topicId).param("title", title).param("url", url).update();
    }

    public boolean removeLink(UUID enrollmentId, UUID linkId) {
        return jdbc.sql("delete from learning.topic_links where enrollment_id = :e and id = :id")
                .param("e", enrollmentId).param("id", linkId).update() == 1;
    }

    /** Every topic's notes of an enrolment (without their links: {@link #allLinks}), by topic id. */
    public List<TopicNotes> allNotes(UUID enrollmentId) {
        return jdbc.sql("select topic_id, body, version, updated_at from learning.topic_notes where enrollment_id = :e order by topic_id")
                .param("e", enrollmentId)
                .query((rs, n) -> new TopicNotes(rs.getString("topic_id"), rs.getString("body"), rs.getInt("version"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), List.of()))
                .list();
    }

    /** A link with the topic it belongs to. */
    public record TopicLink(String topicId, String title, String url) {
    }

    /** Every link of an enrolment, by topic, oldest first. */
    public List<TopicLink> allLinks(UUID enrollmentId) {
        return jdbc.sql("select topic_id, title, url from learning.topic_links where enrollment_id = :e order by topic_id, created_at")
                .param("e", enrollmentId)
                .query((rs, n) -> new TopicLink(rs.getString("topic_id"), rs.getString("title"), rs.getString("url")))
                .list();
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

    /** Entries from a day on, newest first: a week for the dashboard, everything for the export. */
    public List<TimeEntry> timeSince(UUID enrollmentId, LocalDate from) {
        return jdbc.sql("""
                        select %s from learning.time_entries
                        where enrollment_id = :e and day >= :from order by day desc, id desc
                        """.formatted(TimeEntries.COLUMNS))
                .param("e", enrollmentId).param("from", Date.valueOf(from))
                .query(TimeEntries.ENTRY)
                .list();
    }

    private static final RowMapper<JournalEntry> JOURNAL = (rs, n) -> new JournalEntry(
            rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class), rs.getString("title"), rs.getString("body"),
            texts(rs.getArray("tags")), texts(rs.getArray("topics")), rs.getInt("version"));

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

    /** Records that an attempt was credited as practice; false when it already was. */
    public boolean claimCredit(UUID accountId, UUID attemptId) {
        return jdbc.sql("insert into learning.credited_attempts (attempt_id, account_id) values (:attempt, :account) on conflict do nothing")
                .param("attempt", attemptId).param("account", accountId).update() == 1;
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from learning.credited_attempts where account_id = :account").param("account", accountId).update();
        jdbc.sql("delete from learning.journal_entries where account_id = :account").param("account", accountId).update();
        jdbc.sql("delete from learning.enrollments where account_id = :account").param("account", accountId).update();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** The elements of a text[] column; a NULL element (never written by Ascent) is skipped rather than failing the read. */
    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return java.util.Arrays.stream((String[]) array.getArray()).filter(java.util.Objects::nonNull).toList();
    }
}
