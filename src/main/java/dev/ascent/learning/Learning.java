package dev.ascent.learning;

import dev.ascent.accounts.PersonalData;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.internal.LearningStore;
import dev.ascent.learning.internal.ProgressStore;
import dev.ascent.platform.Dates;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The learning module's API: enrol, follow progress topic by topic, assess yourself, review.
 * Every call names the account it acts for; an enrolment of another account is simply not found.
 */
@Service
public class Learning implements PersonalData {

    public static final int MAX_WEEKLY_HOURS = 80;

    /** The outcome of enrolling: the enrolment, or the errors by field. */
    public record Enrolled(@Nullable Enrollment enrollment, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final LearningStore store;
    private final Catalog catalog;
    private final Clock clock;
    private final LearningImport imports;
    private final TopicChanges changes;
    private final dev.ascent.platform.FormErrors formErrors;

    Learning(LearningStore store, Catalog catalog, Clock clock, TopicChanges changes, dev.ascent.platform.FormErrors formErrors) {
        this.store = store;
        this.changes = changes;
        this.catalog = catalog;
        this.clock = clock;
        this.formErrors = formErrors;
        this.imports = new LearningImport(store, catalog, formErrors);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public Enrolled enroll(UUID accountId, String roadmapId, @Nullable String start, @Nullable String weeklyHours) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Roadmap> roadmap = catalog.roadmap(roadmapId);
        if (roadmap.isEmpty()) {
            // the id is quoted back: only its start, so a long one cannot make a long answer
            errors.put("roadmap", "There is no roadmap with id '%s'.".formatted(roadmapId.length() <= 80 ? roadmapId : roadmapId.substring(0, 79) + "…"));
            return new Enrolled(null, errors);
        }
        LocalDate startDate = today();
        if (start != null && !start.isBlank()) {
            try {
                startDate = Dates.parseDay(start);
                String problem = startDateProblem(startDate, today());
                if (problem != null) {
                    errors.put("startDate", problem);
                }
            } catch (DateTimeParseException e) {
                errors.put("startDate", "Write the start date as YYYY-MM-DD, e.g. %s.".formatted(today()));
            }
        }
        int hours = suggestedHours(roadmap.get());
        if (weeklyHours != null && !weeklyHours.isBlank()) {
            try {
                hours = Integer.parseInt(weeklyHours.strip());
                String problem = weeklyHoursProblem(hours);
                if (problem != null) {
                    errors.put("weeklyHours", problem);
                }
            } catch (NumberFormatException e) {
                errors.put("weeklyHours", "Give the hours per week as a whole number, e.g. %d.".formatted(suggestedHours(roadmap.get())));
            }
        }
        if (!errors.isEmpty()) {
            return new Enrolled(null, errors);
        }
        UUID id = UUID.randomUUID();
        if (!store.insertEnrollment(id, accountId, roadmapId, startDate, hours)) {
            Enrollment existing = store.enrollments(accountId).stream().filter(e -> e.roadmapId().equals(roadmapId)).findFirst().orElseThrow();
            if (existing.status() == Enrollment.Status.LEFT) {
                // coming back: everything done before is still there
                store.updateEnrollment(accountId, existing.id(), startDate, hours, Enrollment.Status.ACTIVE, existing.version());
                return new Enrolled(store.enrollment(accountId, existing.id()).orElseThrow(), Map.of());
            }
            return new Enrolled(existing, Map.of());
        }
        return new Enrolled(store.enrollment(accountId, id).orElseThrow(), Map.of());
    }

    /** The rule for weekly hours, shared by enrolling and importing. */
    static @Nullable String weeklyHoursProblem(int hours) {
        return hours < 1 || hours > MAX_WEEKLY_HOURS ? "Choose between 1 and %d hours a week.".formatted(MAX_WEEKLY_HOURS) : null;
    }

    /** The rule for start dates, shared by enrolling and re-planning. */
    static @Nullable String startDateProblem(LocalDate start, LocalDate today) {
        return start.isBefore(today.minusYears(5)) || start.isAfter(today.plusYears(1))
                ? "Choose a start date within five years back and one year ahead." : null;
    }

    public static int suggestedHours(Roadmap roadmap) {
        return roadmap.weekly() == null ? 8 : (roadmap.weekly().hours().min() + roadmap.weekly().hours().max()) / 2;
    }

    public List<Enrollment> enrollments(UUID accountId) {
        return store.enrollments(accountId);
    }

    public Optional<Enrollment> enrollment(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId);
    }

    public Optional<Enrollment> enrollmentFor(UUID accountId, String roadmapId) {
        return store.enrollments(accountId).stream().filter(e -> e.roadmapId().equals(roadmapId)).findFirst();
    }

    /** The enrolment with its roadmap and progress, if it is this account's and its roadmap still exists. */
    /** The roadmap one of the learner's enrolments follows, without reading any progress. */
    public Optional<Roadmap> roadmap(UUID accountId, UUID enrollmentId) {
        return store.enrollment(accountId, enrollmentId).flatMap(enrollment -> catalog.roadmap(enrollment.roadmapId()));
    }

    public Optional<Journey> journey(UUID accountId, UUID enrollmentId) {
        return changes.owned(accountId, enrollmentId).filter(o -> catalog.roadmap(o.enrollment().roadmapId()).isPresent()).map(this::journeyOf);
    }

    /** The journey of an enrolment read with its progress: its roadmap (from memory) and its projects (one more statement). */
    private Journey journeyOf(ProgressStore.Owned owned) {
        Enrollment enrollment = owned.enrollment();
        return new Journey(enrollment, catalog.roadmap(enrollment.roadmapId()).orElseThrow(),
                owned.progress().stream().collect(Collectors.toMap(TopicProgress::topicId, p -> p)),
                store.projects(enrollment.id()).stream().collect(Collectors.toMap(ProjectWork::projectId, p -> p)));
    }

    /** Sets a topic's status at the version read; with {@code withJourney}, the answer carries the journey after it, for a page to redraw. */
    public TopicChange setStatus(UUID accountId, UUID enrollmentId, String topicId, TopicStatus status, int expectedVersion, boolean withJourney) {
        return changes.change(accountId, enrollmentId, topicId, expectedVersion, current -> TopicTransitions.withStatus(current, status, today()),
                withJourney, this::journeyOf);
    }

    public TopicChange setStatus(UUID accountId, UUID enrollmentId, String topicId, TopicStatus status, int expectedVersion) {
        return setStatus(accountId, enrollmentId, topicId, status, expectedVersion, false);
    }

    /** Records how well a done topic was recalled, at the version read; {@code withJourney} as for {@link #setStatus}. */
    public TopicChange review(UUID accountId, UUID enrollmentId, String topicId, ReviewSchedule.Recall recall, int expectedVersion,
                              boolean withJourney) {
        return changes.change(accountId, enrollmentId, topicId, expectedVersion, current -> TopicTransitions.reviewed(current, recall, today()),
                withJourney, this::journeyOf);
    }

    public TopicChange review(UUID accountId, UUID enrollmentId, String topicId, ReviewSchedule.Recall recall, int expectedVersion) {
        return review(accountId, enrollmentId, topicId, recall, expectedVersion, false);
    }

    /** Saves a self-assessment: each rated topic's proficiency; proficient or better marks it done "by assessment". */
    @Transactional
    public int assess(UUID accountId, UUID enrollmentId, Map<String, Proficiency> ratings) {
        Journey journey = journey(accountId, enrollmentId).orElseThrow();
        int saved = 0;
        for (var rating : ratings.entrySet()) {
            if (journey.roadmap().topic(rating.getKey()).isEmpty()) {
                continue;
            }
            TopicProgress current = current(enrollmentId, rating.getKey());
            if (store.save(enrollmentId, TopicTransitions.assessed(current, rating.getValue(), today()), current.version())) {
                saved++;
            }
        }
        return saved;
    }

    /** The outcome of saving project work: the work as stored, or errors by field (a conflict says so under "version"). */
    public record ProjectSaved(@Nullable ProjectWork work, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Starts, saves or submits work on a project. A submitted project may be improved and submitted again. */
    @Transactional
    public Optional<ProjectSaved> saveProject(UUID accountId, UUID enrollmentId, String projectId, ProjectSubmission submission,
                                              boolean submit, int expectedVersion) {
        return journey(accountId, enrollmentId).flatMap(journey -> journey.roadmap().project(projectId).map(project -> {
            ProjectWork current = journey.project(projectId);
            if (current.version() != expectedVersion) {
                return new ProjectSaved(current, Map.of("version",
                        "This project was changed in another tab or device; it is shown as it is now. Your text is below: copy what you need."));
            }
            Map<String, String> errors = submission.problems(project, submit);
            if (!errors.isEmpty()) {
                return new ProjectSaved(null, errors);
            }
            LocalDate today = today();
            ProjectWork next = new ProjectWork(projectId,
                    submit ? ProjectWork.Status.SUBMITTED : (current.status() == ProjectWork.Status.SUBMITTED ? ProjectWork.Status.SUBMITTED : ProjectWork.Status.STARTED),
                    current.isNew() ? today : current.startedOn(),
                    submit ? today : current.submittedOn(),
                    ProjectSubmission.text(submission.repositoryUrl()), ProjectSubmission.text(submission.liveUrl()),
                    submission.writeUp() == null ? "" : submission.writeUp().strip(),
                    submission.ratings(project), current.version());
            if (!store.save(enrollmentId, next, expectedVersion)) {
                return new ProjectSaved(current, Map.of("version", "This project was changed at the same moment elsewhere. Save again."));
            }
            return new ProjectSaved(journey(accountId, enrollmentId).orElseThrow().project(projectId), Map.of());
        }));
    }

    /** A topic's notes and links, when the enrolment is this account's and the roadmap has the topic. */
    public Optional<TopicNotes> notes(UUID accountId, UUID enrollmentId, String topicId) {
        return journey(accountId, enrollmentId).filter(j -> j.roadmap().topic(topicId).isPresent())
                .flatMap(j -> store.notes(enrollmentId, topicId));
    }

    /** Saves notes: errors by field, "version" on a conflict (the caller shows the stored notes and keeps the typed text). */
    @Transactional
    public Map<String, String> saveNotes(UUID accountId, UUID enrollmentId, String topicId, String body, int expectedVersion) {
        if (notes(accountId, enrollmentId, topicId).isEmpty()) {
            return Map.of("topic", "There is no such topic in your roadmap.");
        }
        String problem = TopicNotes.bodyProblem(body);
        if (problem != null) {
            return Map.of("body", problem);
        }
        if (!store.saveNotes(enrollmentId, topicId, body, expectedVersion)) {
            return Map.of("version", "These notes were changed in another tab or device. The saved version is shown; your text is kept below it.");
        }
        return Map.of();
    }

    @Transactional
    public Map<String, String> addLink(UUID accountId, UUID enrollmentId, String topicId, @Nullable String title, @Nullable String url) {
        Optional<TopicNotes> notes = notes(accountId, enrollmentId, topicId);
        if (notes.isEmpty()) {
            return Map.of("topic", "There is no such topic in your roadmap.");
        }
        String name = title == null ? "" : title.strip();
        String address = url == null ? "" : url.strip();
        Map<String, String> errors = TopicNotes.linkProblems(name, address);
        if (notes.get().links().size() >= TopicNotes.MAX_LINKS) {
            errors.put("url", "A topic holds at most %d links; remove one first.".formatted(TopicNotes.MAX_LINKS));
        }
        if (errors.isEmpty()) {
            store.addLink(enrollmentId, topicId, name, address);
        }
        return errors;
    }

    @Transactional
    public boolean removeLink(UUID accountId, UUID enrollmentId, UUID linkId) {
        return store.enrollment(accountId, enrollmentId).isPresent() && store.removeLink(enrollmentId, linkId);
    }

    /** Logs time on a day (not in the future), optionally on a topic; a day holds at most 24 hours. */
    @Transactional
    public Map<String, String> logTime(UUID accountId, UUID enrollmentId, @Nullable String topicId, @Nullable String day,
                                       @Nullable String minutes, @Nullable String kind) {
        Optional<Journey> journey = journey(accountId, enrollmentId);
        if (journey.isEmpty()) {
            return Map.of("enrollment", "You have no such roadmap.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String topic = topicId == null || topicId.isBlank() ? null : topicId.strip();
        if (topic != null && journey.get().roadmap().topic(topic).isEmpty()) {
            errors.put("topicId", "Choose a topic of this roadmap, or none.");
        }
        LocalDate date = today();
        if (day != null && !day.isBlank()) {
            try {
                date = Dates.parseDay(day);
                if (date.isAfter(today())) {
                    errors.put("day", TimeEntry.FUTURE_DAY);
                }
                if (date.isBefore(today().minusYears(1))) {
                    errors.put("day", "Log time of the last twelve months.");
                }
            } catch (DateTimeParseException e) {
                errors.put("day", "Write the day as YYYY-MM-DD" + Dates.IN_RANGE + ".");
            }
        }
        int amount = TimeEntry.parseMinutes(minutes, errors);
        dev.ascent.catalog.TopicKind type = topic != null && journey.get().roadmap().topic(topic).isPresent()
                ? journey.get().roadmap().topic(topic).get().kind() : dev.ascent.catalog.TopicKind.THEORY;
        if (kind != null && !kind.isBlank()) {
            try {
                type = dev.ascent.catalog.TopicKind.of(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", "Choose theory, practice or community.");
            }
        }
        if (errors.isEmpty() && store.minutesOn(enrollmentId, date) + amount > 1440) {
            errors.put("minutes", "That would make more than 24 hours on %s.".formatted(date));
        }
        if (errors.isEmpty()) {
            store.logTime(enrollmentId, topic, date, amount, type);
        }
        return errors;
    }

    /**
     * Credits practice done elsewhere (a decision scenario) to the topics it exercised, in the
     * roadmaps the account follows: the minutes are shared between those topics and logged as
     * practice, marked as credited by the scenario, and a topic not started yet becomes one being learned. Topics of roadmaps the
     * account does not follow are left alone; a day never goes past 24 hours. Once per attempt: the event that
     * brings it may be delivered again after a crash, and a second delivery credits nothing.
     */
    @Transactional
    public int creditPractice(UUID accountId, UUID attemptId, String scenarioId, String scenarioTitle, List<String> topicRefs, int minutes, LocalDate day) {
        record Credit(Enrollment enrollment, String topicId) {
        }
        List<Credit> credits = new java.util.ArrayList<>();
        for (String ref : topicRefs) {
            int slash = ref.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String roadmapId = ref.substring(0, slash);
            String topicId = ref.substring(slash + 1);
            enrollmentFor(accountId, roadmapId)
                    .filter(e -> catalog.roadmap(roadmapId).flatMap(r -> r.topic(topicId)).isPresent())
                    .ifPresent(e -> credits.add(new Credit(e, topicId)));
        }
        if (credits.isEmpty() || minutes < 1 || !store.claimCredit(accountId, attemptId)) {
            return 0;
        }
        // the minutes are shared so they add up to the time spent: 25 over 2 topics is 13 and 12, not 12 and 12
        for (int i = 0; i < credits.size(); i++) {
            Credit credit = credits.get(i);
            int share = Math.max(1, minutes / credits.size() + (i < minutes % credits.size() ? 1 : 0));
            UUID enrollmentId = credit.enrollment().id();
            if (store.minutesOn(enrollmentId, day) + share <= 1440) {
                store.logTime(enrollmentId, credit.topicId(), day, share, dev.ascent.catalog.TopicKind.PRACTICE, scenarioId, scenarioTitle);
            }
            TopicProgress current = current(enrollmentId, credit.topicId());
            if (current.status() == TopicStatus.NOT_STARTED) {
                store.save(enrollmentId, TopicTransitions.withStatus(current, TopicStatus.LEARNING, day), current.version());
            }
        }
        return credits.size();
    }

    public Optional<WeekHours> week(UUID accountId, UUID enrollmentId) {
        return journey(accountId, enrollmentId).map(this::week);
    }

    /** This week's hours of a journey already read (the dashboard has it), with one more query: the week's time log. */
    public WeekHours week(Journey journey) {
        LocalDate today = today();
        return WeekHours.of(journey.roadmap(), journey.enrollment().weeklyHours(), today,
                store.timeSince(journey.enrollment().id(), WeekHours.mondayOf(today)));
    }

    /** A topic the journal can link to: "roadmap-id/topic-id", its title, and the roadmap and phase it is listed under. */
    public record TopicChoice(String value, String label, String group) {
    }

    /** The topics of every roadmap the learner follows, in roadmap order, grouped by roadmap and phase. */
    public List<TopicChoice> topicChoices(UUID accountId) {
        List<TopicChoice> choices = new java.util.ArrayList<>();
        for (Enrollment enrollment : store.enrollments(accountId)) {
            catalog.roadmap(enrollment.roadmapId()).ifPresent(roadmap -> roadmap.phases().forEach(phase -> phase.topicIds().forEach(id ->
                    roadmap.topic(id).ifPresent(topic -> choices.add(new TopicChoice(roadmap.id() + "/" + topic.id(), topic.title(),
                            roadmap.title() + " · " + phase.title()))))));
        }
        return choices;
    }

    public List<JournalEntry> journal(UUID accountId, @Nullable String tag) {
        return store.journal(accountId, dev.ascent.platform.Tags.filter(tag), 200);
    }

    public Optional<JournalEntry> journalEntry(UUID accountId, UUID entryId) {
        return store.journalEntry(accountId, entryId);
    }

    /**
     * Creates (no id) or updates an entry: invalid by field (its annotations and the rules that need today and
     * the learner's roadmaps, all at once), a conflict when it changed since {@code expectedVersion}.
     */
    @Transactional
    public Outcome<JournalEntry> saveJournal(UUID accountId, @Nullable UUID entryId, JournalForm form, int expectedVersion) {
        var choices = topicChoices(accountId).stream().map(TopicChoice::value).collect(Collectors.toSet());
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        form.problems(today(), choices).forEach(errors::putIfAbsent);
        return Outcome.unless(errors, () -> {
            if (entryId == null) {
                JournalEntry entry = form.entry(UUID.randomUUID(), today(), 0);
                store.insertJournal(accountId, entry);
                return Outcome.saved(entry);
            }
            if (store.journalEntry(accountId, entryId).isEmpty()) {
                return Outcome.notFound("You have no journal entry with id '%s'.".formatted(entryId));
            }
            if (!store.updateJournal(accountId, form.entry(entryId, today(), expectedVersion), expectedVersion)) {
                return Outcome.conflict("This entry was changed in another tab or device. The saved version is not shown here; your text is kept below.",
                        store.journalEntry(accountId, entryId).orElse(null));
            }
            return Outcome.saved(store.journalEntry(accountId, entryId).orElseThrow());
        });
    }

    @Transactional
    public boolean deleteJournal(UUID accountId, UUID entryId) {
        return store.deleteJournal(accountId, entryId);
    }

    /** Notes, links and journal as one Markdown document. */
    public String markdownExport(UUID accountId) {
        List<MarkdownExport.RoadmapNotesExport> roadmaps = new java.util.ArrayList<>();
        Map<String, String> titles = new java.util.HashMap<>();
        for (Enrollment enrollment : store.enrollments(accountId)) {
            catalog.roadmap(enrollment.roadmapId()).ifPresent(roadmap -> {
                roadmap.topics().forEach(t -> titles.put(roadmap.id() + "/" + t.id(), t.title()));
                List<MarkdownExport.TopicNotesExport> topics = roadmap.topics().stream()
                        .map(topic -> store.notes(enrollment.id(), topic.id()).orElseThrow())
                        .filter(notes -> !notes.body().isBlank() || !notes.links().isEmpty())
                        .map(notes -> new MarkdownExport.TopicNotesExport(roadmap.topic(notes.topicId()).orElseThrow(), notes.body(), notes.links()))
                        .toList();
                roadmaps.add(new MarkdownExport.RoadmapNotesExport(roadmap, topics));
            });
        }
        return MarkdownExport.render(today(), roadmaps, store.journal(accountId, null, Integer.MAX_VALUE), titles);
    }

    public Activity activity(UUID accountId) {
        LocalDate today = today();
        return Activity.of(today, store.activity(accountId, today.minusWeeks(Activity.WEEKS + 1)));
    }

    @Transactional
    public Optional<Enrollment> setEnrollmentStatus(UUID accountId, UUID enrollmentId, Enrollment.Status status) {
        return store.enrollment(accountId, enrollmentId).flatMap(e -> {
            store.updateEnrollment(accountId, enrollmentId, e.startDate(), e.weeklyHours(), status, e.version());
            return store.enrollment(accountId, enrollmentId);
        });
    }

    private TopicProgress current(UUID enrollmentId, String topicId) {
        return store.progress(enrollmentId, topicId).orElse(TopicProgress.notStarted(topicId));
    }

    @Override
    public String section() {
        return "learning";
    }

    @Override
    public LearningExport export(UUID accountId) {
        return LearningExport.of(store, accountId);
    }

    @Override
    public void erase(UUID accountId) {
        store.deleteAll(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return !store.enrollments(accountId).isEmpty() || !store.journal(accountId, null, 1).isEmpty();
    }

    /**
     * Restores the learning section of an export with new ids; versions start again at 0. Every value
     * meets the rules of the forms and the API first, or {@link dev.ascent.accounts.ImportProblems} lists each one that does not.
     */
    @Override
    public void restore(UUID accountId, tools.jackson.databind.JsonNode section) {
        imports.restore(accountId, section, today());
    }
}
