package dev.ascent.learning.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.learning.CheckpointState;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import dev.ascent.learning.TopicChange;
import dev.ascent.learning.TopicProgress;
import dev.ascent.learning.TopicStatus;
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

    LearningApi(Learning learning) {
        this.learning = learning;
    }

    record NewEnrollment(@Nullable String roadmapId, @Nullable String startDate, @Nullable String weeklyHours) {
    }

    record EnrollmentChange(@Nullable String status) {
    }

    record TopicUpdate(@Nullable String status, @Nullable Integer version) {
    }

    record Assessment(@Nullable Map<String, String> ratings) {
    }

    record TopicView(String topicId, String title, String level, String kind, int hours, boolean optional, boolean retired,
                     TopicProgress progress) {
    }

    record Summary(Enrollment enrollment, Journey.Share overall, List<Journey.Share> phases, List<String> nextTopics,
                   List<TopicProgress> dueReviews, List<CheckpointState> checkpoints) {
    }

    @GetMapping
    @Operation(summary = "Your enrolments")
    List<Enrollment> enrollments(CurrentAccount me) {
        return learning.enrollments(me.id());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Follow a roadmap from a start date (YYYY-MM-DD, default today) at a number of hours a week (default: the roadmap's suggestion)")
    ResponseEntity<Enrollment> enroll(CurrentAccount me, @RequestBody NewEnrollment body) {
        if (body.roadmapId() == null || body.roadmapId().isBlank()) {
            throw new InvalidInputException(Map.of("roadmapId", "Name the roadmap to follow, e.g. backend-junior-to-senior."));
        }
        boolean existed = learning.enrollmentFor(me.id(), body.roadmapId().strip()).isPresent();
        Learning.Enrolled enrolled = learning.enroll(me.id(), body.roadmapId().strip(), body.startDate(), body.weeklyHours());
        if (!enrolled.ok()) {
            if (enrolled.errors().containsKey("roadmap")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, enrolled.errors().get("roadmap"));
            }
            throw new InvalidInputException(enrolled.errors());
        }
        return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(enrolled.enrollment());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The dashboard summary: progress overall and per phase, next topics, due reviews, checkpoints")
    Summary summary(CurrentAccount me, @PathVariable UUID id) {
        Journey journey = journey(me, id);
        LocalDate today = learning.today();
        return new Summary(journey.enrollment(), journey.overall(), journey.phases(),
                journey.nextTopics(10).stream().map(t -> t.id()).toList(), journey.dueReviews(today), journey.checkpoints(today));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pause, resume or leave (ACTIVE, PAUSED, LEFT); progress is always kept")
    Enrollment setStatus(CurrentAccount me, @PathVariable UUID id, @RequestBody EnrollmentChange body) {
        Enrollment.Status status = parse(Enrollment.Status.class, body.status(), "status", "Choose ACTIVE, PAUSED or LEFT.");
        return learning.setEnrollmentStatus(me.id(), id, status).orElseThrow(() -> notFound(id));
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
        TopicStatus status = parse(TopicStatus.class, body.status(), "status", "Choose NOT_STARTED, LEARNING, DONE or SKIPPED.");
        if (body.version() == null) {
            throw new InvalidInputException(Map.of("version", "Send the version you last read (-1 for a topic never changed), so no update is lost."));
        }
        TopicChange change = learning.setStatus(me.id(), id, topicId, status, body.version());
        return switch (change.outcome()) {
            case SAVED -> ResponseEntity.ok(change.progress());
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment '%s' with a topic '%s'.".formatted(id, topicId));
            case CONFLICT -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, change.message());
                problem.setTitle("Changed meanwhile");
                problem.setProperty("current", change.progress());
                yield ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
        };
    }

    @PostMapping(path = "/{id}/assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rate topics (NONE, AWARE, WORKING, PROFICIENT, EXPERT); proficient or better marks them done by assessment")
    Map<String, Integer> assess(CurrentAccount me, @PathVariable UUID id, @RequestBody Assessment body) {
        journey(me, id);
        Map<String, Proficiency> ratings = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        (body.ratings() == null ? Map.<String, String>of() : body.ratings()).forEach((topic, value) -> {
            try {
                ratings.put(topic, Proficiency.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("ratings." + topic, "Choose NONE, AWARE, WORKING, PROFICIENT or EXPERT.");
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Map.of("saved", learning.assess(me.id(), id, ratings));
    }

    private Journey journey(CurrentAccount me, UUID id) {
        return learning.journey(me.id(), id).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no enrolment with id '%s'.".formatted(id));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field, String message) {
        try {
            return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of(field, message));
        }
    }
}
