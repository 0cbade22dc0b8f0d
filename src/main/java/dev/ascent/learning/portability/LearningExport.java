package dev.ascent.learning.portability;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.time.TimeEntry;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The learning section of {@code ascent/export@1}, as written: these records are the file format,
 * mapped from the domain records and store rows in {@link #of} and nowhere else, so renaming a
 * column or a domain record's component cannot change the file. {@link LearningImport} reads the
 * same keys. A null value is left out of the file; days are {@code YYYY-MM-DD}; moments are
 * ISO-8601 instants in UTC ({@code 2026-12-02T09:30:00.123456Z}); enum values are their names,
 * except a time entry's kind, written lowercase as in roadmap files ({@code practice}).
 */
public record LearningExport(List<EnrollmentSection> enrollments, List<Journal> journal) {

    /** An enrolment with everything recorded under it. */
    public record EnrollmentSection(EnrollmentRecord enrollment, List<Topic> topics, List<Project> projects, List<Note> notes,
                                    List<Link> links, List<Time> time, List<Change> changes, @Nullable List<SignOff> signOffs) {
    }

    /**
     * A checkpoint a mentor or lead signed off: their name then, the day, and the evidence in words. An enrolment
     * with none leaves {@code signOffs} out, so files of enrolments without sign-offs read as they did before it existed.
     */
    public record SignOff(String checkpointId, String signedBy, LocalDate signedOn, String evidence) {
    }

    public record EnrollmentRecord(UUID id, UUID accountId, String roadmapId, LocalDate startDate, int weeklyHours, String status,
                                   Instant createdAt, int version) {
    }

    public record Topic(String topicId, String status, String proficiency, boolean byAssessment, @Nullable LocalDate startedOn,
                        @Nullable LocalDate doneOn, @Nullable Integer reviewStep, @Nullable LocalDate reviewDue, int version) {
    }

    public record Project(String projectId, String status, LocalDate startedOn, @Nullable LocalDate submittedOn, String repositoryUrl,
                          String liveUrl, String writeUp, List<String> selfReview, int version) {
    }

    /** A topic's notes; its keys are snake_case because the first files were written from the table's columns. */
    public record Note(@JsonProperty("topic_id") String topicId, String body, @JsonProperty("updated_at") Instant updatedAt) {
    }

    /** One of a topic's own links; snake_case as {@link Note}. */
    public record Link(@JsonProperty("topic_id") String topicId, String title, String url) {
    }

    /** Logged minutes, newest first; {@code scenarioId} and {@code scenarioTitle} only on time credited by a scenario. */
    public record Time(long id, @Nullable String topicId, LocalDate day, int minutes, String kind, @Nullable String scenarioId,
                       @Nullable String scenarioTitle, int version) {
    }

    /** A re-planning, oldest first. */
    public record Change(Instant changedAt, int fromHours, int toHours, LocalDate fromStart, LocalDate toStart) {
    }

    public record Journal(UUID id, LocalDate day, String title, String body, List<String> tags, List<String> topics, int version) {
    }

    /** Everything learning keeps for the account: one statement per kind of data and enrolment. */
    static LearningExport of(LearningStores store, UUID accountId) {
        List<EnrollmentSection> enrollments = store.enrollments().enrollments(accountId).stream().map(e -> new EnrollmentSection(
                new EnrollmentRecord(e.id(), e.accountId(), e.roadmapId(), e.startDate(), e.weeklyHours(), e.status().name(), e.createdAt(), e.version()),
                store.progress().progress(e.id()).stream().map(LearningExport::topic).toList(),
                store.projects().projects(e.id()).stream().map(LearningExport::project).toList(),
                store.notes().allNotes(e.id()).stream().map(n -> new Note(n.topicId(), n.body(), n.updatedAt())).toList(),
                store.notes().allLinks(e.id()).stream().map(l -> new Link(l.topicId(), l.title(), l.url())).toList(),
                store.time().timeSince(e.id(), LocalDate.of(1970, 1, 1)).stream().map(LearningExport::time).toList(),
                store.enrollments().changes(e.id()).stream().map(c -> new Change(c.changedAt(), c.fromHours(), c.toHours(), c.fromStart(), c.toStart())).toList(),
                signOffs(store, e.id())))
                .toList();
        List<Journal> journal = store.journal().journal(accountId, null, Integer.MAX_VALUE).stream()
                .map(j -> new Journal(j.id(), j.day(), j.title(), j.body(), j.tags(), j.topics(), j.version())).toList();
        return new LearningExport(enrollments, journal);
    }

    private static @Nullable List<SignOff> signOffs(LearningStores store, UUID enrollmentId) {
        List<SignOff> signOffs = store.signOffs().signOffs(enrollmentId).stream()
                .map(s -> new SignOff(s.checkpointId(), s.signedBy(), s.signedOn(), s.evidence())).toList();
        return signOffs.isEmpty() ? null : signOffs;
    }

    private static Topic topic(TopicProgress p) {
        return new Topic(p.topicId(), p.status().name(), p.proficiency().name(), p.byAssessment(), p.startedOn(), p.doneOn(),
                p.reviewStep(), p.reviewDue(), p.version());
    }

    private static Project project(ProjectWork w) {
        return new Project(w.projectId(), w.status().name(), w.startedOn(), w.submittedOn(), w.repositoryUrl(), w.liveUrl(), w.writeUp(),
                w.selfReview().stream().map(Enum::name).toList(), w.version());
    }

    private static Time time(TimeEntry t) {
        return new Time(t.id(), t.topicId(), t.day(), t.minutes(), t.kind().key(), t.scenarioId(), t.scenarioTitle(), t.version());
    }
}
