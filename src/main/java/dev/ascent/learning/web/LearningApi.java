package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.progress.Progress;
import dev.ascent.learning.notes.Notes;
import dev.ascent.learning.time.TimeLog;
import dev.ascent.learning.projects.Projects;
import dev.ascent.learning.CheckpointState;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.PaceChange;
import dev.ascent.learning.Replanning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.progress.TopicChange;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.notes.LinkForm;
import dev.ascent.learning.notes.NotesForm;
import dev.ascent.learning.projects.ProjectSubmission;
import dev.ascent.learning.time.TimeForm;
import dev.ascent.learning.progress.Assessment;
import dev.ascent.learning.progress.ReviewSchedule;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The learner's journey through the API: enrolments, topic progress, self-assessment, checkpoints, the dashboard summary. */
@RestController
@RequestMapping(path = "/api/v1/enrollments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Learning", description = "Your enrolments and progress; needs a personal access token (changes: read-write)")
@SecurityRequirement(name = "token")
class LearningApi {

    private final Learning learning;
    private final Progress progress;
    private final Notes notes;
    private final TimeLog timeLog;
    private final Projects projects;
    private final Replanning replanning;

    LearningApi(Learning learning, Replanning replanning, Progress progress, Notes notes, TimeLog timeLog, Projects projects) {
        this.progress = progress;
        this.notes = notes;
        this.timeLog = timeLog;
        this.projects = projects;
        this.learning = learning;
        this.replanning = replanning;
    }

    record NewEnrollment(@Nullable String roadmapId, @Nullable LocalDate startDate, @Nullable Integer weeklyHours) {
    }

    record TopicUpdate(@Nullable TopicStatus status, @Nullable Integer version) {
    }

    record TopicView(String topicId, String title, String level, String kind, int hours, boolean optional, boolean retired,
                     TopicProgress progress) {
    }

    record Summary(Enrollment enrollment, Journey.Share overall, List<Journey.Share> phases, List<String> nextTopics,
                   List<TopicProgress> dueReviews, List<CheckpointState> checkpoints,
                   List<dev.ascent.learning.CheckpointSignOff> signOffs) {
    }

    @GetMapping
    @Operation(summary = "Your enrolments")
    List<Enrollment> enrollments(CurrentAccount me) {
        return learning.enrollments(me.id());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Follow a roadmap from a start date (YYYY-MM-DD, default today) at a number of hours a week (default: the roadmap's suggestion)")
    ResponseEntity<?> enroll(CurrentAccount me, @RequestBody NewEnrollment body) {
        boolean existed = body.roadmapId() != null && learning.enrollmentFor(me.id(), body.roadmapId().strip()).isPresent();
        return ApiOutcomes.respond(learning.enroll(me.id(), body.roadmapId(), new EnrollmentForm(body.startDate(), body.weeklyHours())),
                existed ? HttpStatus.OK : HttpStatus.CREATED);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The dashboard summary: progress overall and per phase, next topics, due reviews, checkpoints and who signed which off")
    Summary summary(CurrentAccount me, @PathVariable UUID id) {
        Journey journey = journey(me, id);
        LocalDate today = learning.today();
        return new Summary(journey.enrollment(), journey.overall(), journey.phases(),
                journey.nextTopics(10).stream().map(t -> t.id()).toList(), journey.dueReviews(today), journey.checkpoints(today),
                journey.signOffs().values().stream().sorted(java.util.Comparator.comparing(dev.ascent.learning.CheckpointSignOff::signedOn)).toList());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-plan (weeklyHours 1-80, startDate YYYY-MM-DD) and/or pause, resume or leave (status ACTIVE, PAUSED, LEFT); "
            + "send the version you read (required with weeklyHours or startDate); 409 with the current state when it changed meanwhile. "
            + "Progress is always kept")
    ResponseEntity<?> update(CurrentAccount me, @PathVariable UUID id, @RequestBody PaceChange body) {
        return ApiOutcomes.respond(replanning.change(me.id(), id, body));
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "Each re-planning of the enrolment, oldest first: when, and hours a week and start date before and after")
    List<dev.ascent.learning.EnrollmentChange> changes(CurrentAccount me, @PathVariable UUID id) {
        learning.enrollment(me.id(), id).orElseThrow(() -> notFound(id));
        return replanning.changes(me.id(), id);
    }

    @GetMapping("/{id}/topics")
    @Operation(summary = "Every topic with your progress, including retired topics the roadmap no longer has")
    List<TopicView> topics(CurrentAccount me, @PathVariable UUID id) {
        Journey journey = journey(me, id);
        List<TopicView> topics = new java.util.ArrayList<>(journey.roadmap().topics().stream()
                .map(t -> new TopicView(t.id(), t.title(), t.level().key(), t.kind().key(), t.hours(), t.optional(), false, journey.of(t.id())))
                .toList());
        journey.retired().forEach(p -> topics.add(new TopicView(p.topicId(), p.topicId(), "", "", 0, false, true, p)));
        return topics;
    }

    @PutMapping(path = "/{id}/topics/{topicId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a topic's status (NOT_STARTED, LEARNING, DONE, SKIPPED). Send the version you read (-1 when never stored); "
            + "409 with the current state when it changed meanwhile")
    ResponseEntity<?> setTopic(CurrentAccount me, @PathVariable UUID id, @PathVariable String topicId, @RequestBody TopicUpdate body) {
        return ApiOutcomes.respond(progress.setStatus(me.id(), id, topicId, body.status(), ApiOutcomes.version(body.version()), false)
                .map(TopicChange::progress));
    }

    record Recall(ReviewSchedule.@Nullable Recall recall, @Nullable Integer version) {
    }

    @PostMapping(path = "/{id}/topics/{topicId}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a review of a done topic (FORGOT, HARD, GOOD, EASY); the next review moves along 3, 7, 21, 60 days")
    ResponseEntity<?> review(CurrentAccount me, @PathVariable UUID id, @PathVariable String topicId, @RequestBody Recall body) {
        return ApiOutcomes.respond(progress.review(me.id(), id, topicId, body.recall(), ApiOutcomes.version(body.version()), false)
                .map(TopicChange::progress));
    }

    @PostMapping(path = "/{id}/topics/{topicId}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add one of your own links to a topic")
    ResponseEntity<?> addLink(CurrentAccount me, @PathVariable UUID id, @PathVariable String topicId, @RequestBody LinkForm body) {
        return ApiOutcomes.respond(notes.addLink(me.id(), id, topicId, body), HttpStatus.CREATED);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}/links/{linkId}")
    @Operation(summary = "Remove one of your links")
    ResponseEntity<Void> removeLink(CurrentAccount me, @PathVariable UUID id, @PathVariable UUID linkId) {
        if (!notes.removeLink(me.id(), id, linkId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no link with id '%s' in this enrolment.".formatted(linkId));
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rate topics (NONE, AWARE, WORKING, PROFICIENT, EXPERT); proficient or better marks them done by assessment")
    ResponseEntity<?> assess(CurrentAccount me, @PathVariable UUID id, @RequestBody Assessment body) {
        return ApiOutcomes.respond(progress.assess(me.id(), id, body).map(saved -> Map.of("saved", saved)));
    }

    record NotesUpdate(@Nullable String body, @Nullable Integer version) {
    }

    record ProjectUpdate(@Nullable String repositoryUrl, @Nullable String liveUrl, @Nullable String writeUp,
                         @Nullable List<@Nullable String> selfReview, @Nullable Boolean submit, @Nullable Integer version) {
    }

    @GetMapping("/{id}/checkpoints")
    @Operation(summary = "Every checkpoint judged from your progress: upcoming, on track, at risk, met or missed, with the reason")
    List<CheckpointState> checkpoints(CurrentAccount me, @PathVariable UUID id) {
        return journey(me, id).checkpoints(learning.today());
    }

    @GetMapping("/{id}/time")
    @Operation(summary = "This week's hours per kind of work against the roadmap's suggested mix")
    dev.ascent.learning.time.WeekHours week(CurrentAccount me, @PathVariable UUID id) {
        return timeLog.week(me.id(), id).orElseThrow(() -> notFound(id));
    }

    @PostMapping(path = "/{id}/time", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log minutes on a day (default today), on a topic or the roadmap in general, of a kind (default: the topic's)")
    ResponseEntity<?> logTime(CurrentAccount me, @PathVariable UUID id, @RequestBody TimeForm body) {
        return ApiOutcomes.respond(timeLog.log(me.id(), id, body), HttpStatus.CREATED);
    }

    @GetMapping("/{id}/topics/{topicId}/notes")
    @Operation(summary = "Your private notes (Markdown) and links for a topic")
    dev.ascent.learning.notes.TopicNotes notes(CurrentAccount me, @PathVariable UUID id, @PathVariable String topicId) {
        return notes.notes(me.id(), id, topicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "You have no enrolment '%s' with a topic '%s'.".formatted(id, topicId)));
    }

    @PutMapping(path = "/{id}/topics/{topicId}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace your notes; send the version you read (-1 before the first save); 409 when they changed meanwhile")
    ResponseEntity<?> saveNotes(CurrentAccount me, @PathVariable UUID id, @PathVariable String topicId, @RequestBody NotesUpdate body) {
        return ApiOutcomes.respond(notes.saveNotes(me.id(), id, topicId, new NotesForm(body.body()), ApiOutcomes.version(body.version())));
    }

    @GetMapping("/{id}/projects/{projectId}")
    @Operation(summary = "Your work on a project")
    dev.ascent.learning.ProjectWork project(CurrentAccount me, @PathVariable UUID id, @PathVariable String projectId) {
        Journey journey = journey(me, id);
        journey.roadmap().project(projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "The roadmap has no project '%s'.".formatted(projectId)));
        return journey.project(projectId);
    }

    @PutMapping(path = "/{id}/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save or submit (submit: true) project work: repository, live address, Markdown write-up, "
            + "self-review per rubric line (MET, PARTLY, NOT_YET); send the version you read (-1 when never saved)")
    ResponseEntity<?> saveProject(CurrentAccount me, @PathVariable UUID id, @PathVariable String projectId, @RequestBody ProjectUpdate body) {
        var submission = new ProjectSubmission(body.repositoryUrl(), body.liveUrl(), body.writeUp(),
                body.selfReview() == null ? List.of() : body.selfReview());
        return ApiOutcomes.respond(projects.saveProject(me.id(), id, projectId, submission, Boolean.TRUE.equals(body.submit()),
                ApiOutcomes.version(body.version())));
    }

    private Journey journey(CurrentAccount me, UUID id) {
        return learning.journey(me.id(), id).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment with id '%s'.".formatted(id));
    }
}
