package dev.ascent.learning.portability;

import dev.ascent.accounts.ImportProblems;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import dev.ascent.learning.CheckpointSignOff;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.EnrollmentChange;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.ProjectWork;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.journal.JournalEntry;
import dev.ascent.learning.journal.JournalForm;
import dev.ascent.learning.notes.LinkForm;
import dev.ascent.learning.notes.NotesForm;
import dev.ascent.learning.notes.TopicNotes;
import dev.ascent.learning.progress.ReviewSchedule;
import dev.ascent.learning.projects.ProjectSubmission;
import dev.ascent.learning.time.TimeEntry;
import dev.ascent.platform.Dates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The learning section of an import file, read through the rules every other write meets (the
 * same lengths, addresses, days, counts and roadmap look-ups as the forms and the API), with every
 * problem named by its place in the section. Nothing is written unless the whole section is sound.
 */
final class LearningImport {

    private final LearningStores store;
    private final Catalog catalog;
    private final dev.ascent.platform.FormErrors formErrors;

    LearningImport(LearningStores store, Catalog catalog, dev.ascent.platform.FormErrors formErrors) {
        this.formErrors = formErrors;
        this.store = store;
        this.catalog = catalog;
    }

    private static final int MAX_SCENARIO_TEXT = 300;

    private record Link(String topicId, String title, String url) {
    }

    private record Time(@Nullable String topicId, LocalDate day, int minutes, TopicKind kind, @Nullable String scenarioId,
                        @Nullable String scenarioTitle) {
    }

    private record Notes(String topicId, String body) {
    }

    private record EnrollmentImport(String roadmapId, LocalDate start, int weeklyHours, Enrollment.Status status,
                                    List<TopicProgress> topics, List<ProjectWork> projects, List<Notes> notes,
                                    List<Link> links, List<Time> time, List<EnrollmentChange> changes, List<CheckpointSignOff> signOffs) {
    }

    /** Checks the whole section, then writes it with new ids; throws {@link ImportProblems} (nothing written) when anything breaks a rule. */
    void restore(UUID accountId, JsonNode section, LocalDate today) {
        ImportReader in = new ImportReader();
        List<EnrollmentImport> enrollments = new ArrayList<>();
        Set<String> roadmapIds = new HashSet<>();
        Set<String> topicChoices = new HashSet<>();
        int index = 0;
        for (JsonNode item : in.list(section, "enrollments", "")) {
            String at = "enrollments[%d]".formatted(index++);
            EnrollmentImport enrollment = enrollment(accountId, in, item, at, today);
            if (enrollment == null) {
                continue;
            }
            if (!roadmapIds.add(enrollment.roadmapId())) {
                in.problem(at + ".enrollment.roadmapId", "The roadmap '%s' appears twice; an account follows a roadmap once.".formatted(enrollment.roadmapId()));
            }
            catalog.roadmap(enrollment.roadmapId()).ifPresent(roadmap -> roadmap.topics()
                    .forEach(topic -> topicChoices.add(roadmap.id() + "/" + topic.id())));
            enrollments.add(enrollment);
        }
        List<JournalEntry> journal = new ArrayList<>();
        index = 0;
        for (JsonNode j : in.list(section, "journal", "")) {
            String at = "journal[%d]".formatted(index++);
            List<String> tags = in.strings(j, "tags", at);
            JournalForm form = new JournalForm(in.day(j, "day", at, true), in.text(j, "title", at, true), in.text(j, "body", at, false),
                    String.join(", ", tags), in.strings(j, "topics", at));
            Map<String, String> problems = new java.util.LinkedHashMap<>(formErrors.check(form));
            form.problems(today, topicChoices).forEach(problems::putIfAbsent);
            problems.forEach((field, message) -> in.problem(at + "." + field, message));
            if (problems.isEmpty() && in.ok()) {
                journal.add(form.entry(UUID.randomUUID(), today, 0));
            }
        }
        if (!in.ok()) {
            throw new ImportProblems(in.problems());
        }
        for (EnrollmentImport e : enrollments) {
            write(accountId, e);
        }
        journal.forEach(entry -> store.journal().insertJournal(accountId, entry));
    }

    private void write(UUID accountId, EnrollmentImport e) {
        UUID enrollmentId = UUID.randomUUID();
        store.enrollments().insertEnrollment(enrollmentId, accountId, e.roadmapId(), e.start(), e.weeklyHours());
        if (e.status() != Enrollment.Status.ACTIVE) {
            store.enrollments().updateEnrollment(accountId, enrollmentId, e.start(), e.weeklyHours(), e.status(), 0);
        }
        e.topics().forEach(t -> store.progress().save(enrollmentId, t, -1));
        e.projects().forEach(p -> store.projects().save(enrollmentId, p, -1));
        e.notes().forEach(n -> store.notes().saveNotes(enrollmentId, n.topicId(), n.body(), -1));
        e.links().forEach(l -> store.notes().addLink(enrollmentId, l.topicId(), l.title(), l.url()));
        // the export lists time newest first; stored oldest first, the entries of one day keep their order
        e.time().reversed().forEach(t -> store.time().logTime(enrollmentId, t.topicId(), t.day(), t.minutes(), t.kind(), t.scenarioId(), t.scenarioTitle()));
        e.changes().forEach(c -> store.enrollments().recordChange(enrollmentId, c));
        e.signOffs().forEach(signOff -> store.signOffs().save(enrollmentId, signOff));
    }

    private @Nullable EnrollmentImport enrollment(UUID accountId, ImportReader in, JsonNode item, String at, LocalDate today) {
        JsonNode e = item.path("enrollment");
        String base = at + ".enrollment";
        String roadmapId = in.text(e, "roadmapId", base, true);
        LocalDate start = in.day(e, "startDate", base, true);
        Integer hours = in.whole(e, "weeklyHours", base);
        if (hours != null) {
            String problem = Learning.weeklyHoursProblem(hours);
            if (problem != null) {
                in.problem(base + ".weeklyHours", problem);
            }
        }
        Enrollment.Status status = in.choice(e, "status", base, Enrollment.Status.class, Enrollment.Status.ACTIVE);
        if (roadmapId == null) {
            return null;
        }
        // a team's roadmap only for someone in the team, as when enrolling
        Roadmap roadmap = catalog.roadmap(roadmapId, accountId).orElse(null);
        if (roadmap == null) {
            in.problem(base + ".roadmapId", "There is no roadmap with id '%s' on this server; publish it first.".formatted(roadmapId));
            return null;
        }
        List<TopicProgress> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode t : in.list(item, "topics", at)) {
            String path = at + ".topics[%d]".formatted(i++);
            String topicId = topic(in, roadmap, t, "topicId", path, true);
            if (topicId != null && !seen.add(topicId)) {
                in.problem(path + ".topicId", "The topic '%s' appears twice.".formatted(topicId));
            }
            TopicStatus topicStatus = in.choice(t, "status", path, TopicStatus.class, null);
            Proficiency proficiency = in.choice(t, "proficiency", path, Proficiency.class, Proficiency.NONE);
            boolean byAssessment = in.flag(t, "byAssessment", path);
            LocalDate started = in.day(t, "startedOn", path, false);
            LocalDate done = in.day(t, "doneOn", path, false);
            Integer step = in.whole(t, "reviewStep", path);
            if (step != null && !ReviewSchedule.validStep(step)) {
                in.problem(path + ".reviewStep", "A review step is between 0 and %d.".formatted(ReviewSchedule.INTERVALS.length - 1));
            }
            LocalDate due = in.day(t, "reviewDue", path, false);
            if (topicId != null && topicStatus != null) {
                topics.add(new TopicProgress(topicId, topicStatus, proficiency, byAssessment, started, done, step, due, -1));
            }
        }
        List<ProjectWork> projects = new ArrayList<>();
        i = 0;
        for (JsonNode p : in.list(item, "projects", at)) {
            String path = at + ".projects[%d]".formatted(i++);
            String projectId = in.text(p, "projectId", path, true);
            Roadmap.Project project = projectId == null ? null : roadmap.project(projectId).orElse(null);
            if (projectId != null && project == null) {
                in.problem(path + ".projectId", "There is no project '%s' in the roadmap '%s'.".formatted(projectId, roadmap.id()));
            }
            ProjectWork.Status workStatus = in.choice(p, "status", path, ProjectWork.Status.class, null);
            LocalDate started = in.day(p, "startedOn", path, true);
            LocalDate submitted = in.day(p, "submittedOn", path, false);
            var submission = new ProjectSubmission(in.text(p, "repositoryUrl", path, false), in.text(p, "liveUrl", path, false),
                    in.text(p, "writeUp", path, false), new ArrayList<>(in.strings(p, "selfReview", path)));
            if (project == null || workStatus == null || started == null) {
                continue;
            }
            Map<String, String> problems = new LinkedHashMap<>(formErrors.check(submission));
            submission.problems(project, workStatus == ProjectWork.Status.SUBMITTED).forEach(problems::putIfAbsent);
            problems.forEach((field, message) -> in.problem(path + "." + field, message));
            if (problems.isEmpty()) {
                projects.add(new ProjectWork(projectId, workStatus, started, submitted, ProjectSubmission.text(submission.repositoryUrl()),
                        ProjectSubmission.text(submission.liveUrl()), submission.writeUp() == null ? "" : submission.writeUp(),
                        submission.ratings(project), -1));
            }
        }
        List<Notes> notes = new ArrayList<>();
        i = 0;
        for (JsonNode n : in.list(item, "notes", at)) {
            String path = at + ".notes[%d]".formatted(i++);
            String topicId = topic(in, roadmap, n, "topic_id", path, true);
            String body = in.text(n, "body", path, false);
            Map<String, String> problems = formErrors.check(new NotesForm(body));
            problems.forEach((field, message) -> in.problem(path + "." + field, message));
            if (problems.isEmpty() && topicId != null) {
                notes.add(new Notes(topicId, body == null ? "" : body));
            }
        }
        List<Link> links = new ArrayList<>();
        Map<String, Integer> linksPerTopic = new HashMap<>();
        i = 0;
        for (JsonNode l : in.list(item, "links", at)) {
            String path = at + ".links[%d]".formatted(i++);
            String topicId = topic(in, roadmap, l, "topic_id", path, true);
            String title = strip(in.text(l, "title", path, false));
            String url = strip(in.text(l, "url", path, false));
            Map<String, String> problems = new LinkedHashMap<>(formErrors.check(new LinkForm(title, url)));
            String urlProblem = TopicNotes.urlProblem(url);
            if (urlProblem != null) {
                problems.putIfAbsent("url", urlProblem);
            }
            problems.forEach((field, message) -> in.problem(path + "." + field, message));
            if (topicId != null && linksPerTopic.merge(topicId, 1, Integer::sum) == TopicNotes.MAX_LINKS + 1) {
                in.problem(path, "A topic holds at most %d links; '%s' has more.".formatted(TopicNotes.MAX_LINKS, topicId));
            }
            if (topicId != null && problems.isEmpty()) {
                links.add(new Link(topicId, title, url));
            }
        }
        List<Time> time = new ArrayList<>();
        Map<LocalDate, Integer> minutesPerDay = new HashMap<>();
        i = 0;
        for (JsonNode t : in.list(item, "time", at)) {
            String path = at + ".time[%d]".formatted(i++);
            String topicId = t.hasNonNull("topicId") ? topic(in, roadmap, t, "topicId", path, false) : null;
            LocalDate day = in.day(t, "day", path, true);
            if (day != null && day.isAfter(today)) {
                in.problem(path + ".day", TimeEntry.FUTURE_DAY);
            }
            Integer minutes = in.whole(t, "minutes", path);
            String problem = minutes == null ? "Give the minutes as a whole number, e.g. 45." : TimeEntry.minutesProblem(minutes);
            if (problem != null) {
                in.problem(path + ".minutes", problem);
            } else if (day != null && minutesPerDay.merge(day, minutes, Integer::sum) > TimeEntry.MAX_MINUTES_A_DAY) {
                in.problem(path + ".minutes", "That would make more than 24 hours on %s.".formatted(day));
            }
            TopicKind kind = null;
            String kindText = in.text(t, "kind", path, true);
            try {
                kind = kindText == null ? null : TopicKind.of(kindText);
            } catch (IllegalArgumentException ex) {
                in.problem(path + ".kind", "Choose theory, practice or community.");
            }
            // where the time came from is optional: files written before it was recorded read as typed time
            String scenarioId = in.text(t, "scenarioId", path, false);
            String scenarioTitle = in.text(t, "scenarioTitle", path, false);
            if (scenarioId != null && (scenarioId.isBlank() || scenarioId.length() > MAX_SCENARIO_TEXT)) {
                in.problem(path + ".scenarioId", "Give the scenario's id in 1 to %d characters, or leave it out.".formatted(MAX_SCENARIO_TEXT));
            }
            if (scenarioTitle != null && scenarioTitle.length() > MAX_SCENARIO_TEXT) {
                in.problem(path + ".scenarioTitle", "Keep the scenario's title under %d characters.".formatted(MAX_SCENARIO_TEXT));
            }
            if (scenarioId != null && (scenarioTitle == null || scenarioTitle.isBlank())) {
                scenarioTitle = scenarioId;
            }
            if (day != null && problem == null && kind != null) {
                time.add(new Time(topicId, day, minutes, kind, scenarioId, scenarioId == null ? null : scenarioTitle));
            }
        }
        if (start == null || status == null) {
            return null;
        }
        return new EnrollmentImport(roadmapId, start, hours == null ? 8 : hours, status, topics, projects, notes, links, time, changes(in, item, at),
                signOffs(in, item, at, roadmap, today));
    }

    /**
     * The checkpoints signed off, an optional part (files written before sign-offs have none): each names a checkpoint
     * of the roadmap that asks for a sign-off, a signer and a day not in the future.
     */
    private static List<CheckpointSignOff> signOffs(ImportReader in, JsonNode item, String at, @Nullable Roadmap roadmap,
                                                    LocalDate today) {
        List<CheckpointSignOff> signOffs = new ArrayList<>();
        int i = 0;
        for (JsonNode s : in.list(item, "signOffs", at)) {
            String path = at + ".signOffs[%d]".formatted(i++);
            String checkpointId = in.text(s, "checkpointId", path, true);
            String signedBy = in.text(s, "signedBy", path, true);
            LocalDate signedOn = in.day(s, "signedOn", path, true);
            String evidence = in.text(s, "evidence", path, false);
            if (checkpointId != null && roadmap != null
                    && roadmap.checkpoints().stream().noneMatch(c -> c.id().equals(checkpointId) && c.needsSignOff())) {
                in.problem(path + ".checkpointId", "The roadmap has no checkpoint '%s' that a mentor signs off.".formatted(checkpointId));
                continue;
            }
            if (signedBy != null && (signedBy.isBlank() || signedBy.length() > CheckpointSignOff.MAX_NAME)) {
                in.problem(path + ".signedBy", "Give who signed it off in 1 to %d characters.".formatted(CheckpointSignOff.MAX_NAME));
                continue;
            }
            if (evidence != null && evidence.length() > CheckpointSignOff.MAX_EVIDENCE) {
                in.problem(path + ".evidence", "Keep the evidence under %d characters.".formatted(CheckpointSignOff.MAX_EVIDENCE));
                continue;
            }
            if (signedOn != null && signedOn.isAfter(today)) {
                in.problem(path + ".signedOn", "A sign-off cannot be dated in the future.");
                continue;
            }
            if (checkpointId != null && signedBy != null && signedOn != null) {
                signOffs.add(new CheckpointSignOff(checkpointId, signedBy.strip(), signedOn, evidence == null ? "" : evidence));
            }
        }
        return signOffs;
    }

    /** The re-plannings, an optional part (files written before it existed have none). */
    private static List<EnrollmentChange> changes(ImportReader in, JsonNode item, String at) {
        List<EnrollmentChange> changes = new ArrayList<>();
        int i = 0;
        for (JsonNode c : in.list(item, "changes", at)) {
            String path = at + ".changes[%d]".formatted(i++);
            java.time.Instant when = null;
            String text = in.text(c, "changedAt", path, true);
            try {
                when = text == null ? null : java.time.Instant.parse(text);
            } catch (DateTimeParseException e) {
                in.problem(path + ".changedAt", "Write the moment as in the export, e.g. 2026-12-02T09:30:00Z.");
            }
            Integer from = hours(in, c, "fromHours", path);
            Integer to = hours(in, c, "toHours", path);
            LocalDate fromStart = in.day(c, "fromStart", path, true);
            LocalDate toStart = in.day(c, "toStart", path, true);
            if (when != null && from != null && to != null && fromStart != null && toStart != null) {
                changes.add(new EnrollmentChange(when, from, to, fromStart, toStart));
            }
        }
        return changes;
    }

    private static @Nullable Integer hours(ImportReader in, JsonNode node, String field, String path) {
        Integer hours = in.whole(node, field, path);
        String problem = hours == null ? "Give the hours a week as a whole number." : Learning.weeklyHoursProblem(hours);
        if (problem != null) {
            in.problem(path + "." + field, problem);
            return null;
        }
        return hours;
    }

    /** A topic id of the roadmap, or null (with a problem) when missing or not in it. */
    private static @Nullable String topic(ImportReader in, Roadmap roadmap, JsonNode node, String field, String path, boolean required) {
        String topicId = in.text(node, field, path, required);
        if (topicId != null && roadmap.topic(topicId).isEmpty()) {
            in.problem(path + "." + field, "There is no topic '%s' in the roadmap '%s'.".formatted(topicId, roadmap.id()));
            return null;
        }
        return topicId;
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
