package dev.ascent.teams;

import dev.ascent.catalog.Roadmap;
import dev.ascent.learning.CheckpointState;
import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Journey;
import dev.ascent.learning.Learning;
import dev.ascent.learning.ProjectWork;
import dev.ascent.platform.Outcome;
import dev.ascent.practice.Attempt;
import dev.ascent.practice.DecisionJournal;
import dev.ascent.practice.DecisionRecord;
import dev.ascent.practice.Practice;
import dev.ascent.teams.internal.ReviewStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a member may ask review of, read through the learning and practice APIs (never their stores): only the
 * account's own things, only submitted projects, finished attempts and checkpoints that ask for a sign-off.
 * An item is named by a reference such as {@code project:<enrolment>:<project>}.
 */
@Component
class ReviewItems {

    /** An item found and fit for review, with what a review of it shows. */
    record Resolved(ReviewKind kind, String item, String title, @Nullable String roadmapId, String content, List<String> rubric) {
    }

    static final String NO_SUCH_ITEM = "You have no such thing to ask review of.";

    private final Learning learning;
    private final DecisionJournal decisions;
    private final Practice practice;
    private final ReviewStore reviews;
    private final org.springframework.beans.factory.ObjectProvider<ReviewSource> sources;

    ReviewItems(Learning learning, DecisionJournal decisions, Practice practice, ReviewStore reviews,
                org.springframework.beans.factory.ObjectProvider<ReviewSource> sources) {
        this.learning = learning;
        this.decisions = decisions;
        this.practice = practice;
        this.reviews = reviews;
        this.sources = sources;
    }

    /** Everything the account may ask review of now: a handful of reads however much it has. */
    List<ReviewItem> candidates(UUID me) {
        List<ReviewItem> items = new ArrayList<>();
        for (Enrollment enrollment : learning.enrollments(me)) {
            if (enrollment.status() == Enrollment.Status.LEFT) {
                continue;
            }
            learning.journey(me, enrollment.id()).ifPresent(journey -> {
                for (ProjectWork work : journey.projects().values()) {
                    journey.roadmap().project(work.projectId()).filter(p -> work.status() == ProjectWork.Status.SUBMITTED).ifPresent(project ->
                            items.add(new ReviewItem(ReviewKind.PROJECT.prefix() + enrollment.id() + ":" + project.id(), ReviewKind.PROJECT,
                                    project.title())));
                }
                for (Roadmap.Checkpoint checkpoint : journey.roadmap().checkpoints()) {
                    if (checkpoint.needsSignOff()) {
                        items.add(new ReviewItem(ReviewKind.CHECKPOINT.prefix() + enrollment.id() + ":" + checkpoint.id(), ReviewKind.CHECKPOINT,
                                "Month " + checkpoint.month() + ": " + checkpoint.title()));
                    }
                }
            });
        }
        for (DecisionRecord record : decisions.records(me, null, null, null)) {
            items.add(new ReviewItem(ReviewKind.DECISION.prefix() + record.id(), ReviewKind.DECISION, record.label() + " " + record.title()));
        }
        for (Attempt attempt : practice.attempts(me, null)) {
            if (attempt.done()) {
                String scenario = practice.scenario(attempt.scenarioId()).map(s -> s.title()).orElse(attempt.scenarioId());
                items.add(new ReviewItem(ReviewKind.ATTEMPT.prefix() + attempt.id(), ReviewKind.ATTEMPT, scenario + " (attempt " + attempt.number() + ")"));
            }
        }
        sources.orderedStream().forEach(source -> items.addAll(source.candidates(me)));
        return items;
    }

    /** The account's item, as it is now; invalid by "item" when it is not theirs, not submitted or finished, or asks for no sign-off. */
    Outcome<Resolved> resolve(UUID me, String item) {
        String[] parts = item.strip().split(":", -1);
        try {
            return switch (parts[0]) {
                case "project" -> parts.length == 3 ? project(me, UUID.fromString(parts[1]), parts[2]) : invalid();
                case "checkpoint" -> parts.length == 3 ? checkpoint(me, UUID.fromString(parts[1]), parts[2]) : invalid();
                case "decision" -> parts.length == 2 ? decision(me, UUID.fromString(parts[1])) : invalid();
                case "attempt" -> parts.length == 2 ? attempt(me, UUID.fromString(parts[1])) : invalid();
                default -> fromSources(me, item.strip());
            };
        } catch (IllegalArgumentException e) {
            return invalid();
        }
    }

    private Outcome<Resolved> project(UUID me, UUID enrollmentId, String projectId) {
        Optional<Journey> journey = learning.journey(me, enrollmentId);
        Optional<Roadmap.Project> project = journey.flatMap(j -> j.roadmap().project(projectId));
        if (project.isEmpty()) {
            return invalid();
        }
        ProjectWork work = journey.get().project(projectId);
        if (work.status() != ProjectWork.Status.SUBMITTED) {
            return Outcome.invalid("item", "Submit the project first: only submitted work can be reviewed.");
        }
        StringBuilder content = new StringBuilder();
        content.append("- Repository: ").append(work.repositoryUrl()).append('\n');
        if (!work.liveUrl().isBlank()) {
            content.append("- Live: ").append(work.liveUrl()).append('\n');
        }
        content.append("- Submitted on ").append(work.submittedOn() == null ? "a day not recorded" : dev.ascent.platform.Display.date(work.submittedOn()))
                .append("\n\n").append(work.writeUp());
        return Outcome.saved(new Resolved(ReviewKind.PROJECT, ReviewKind.PROJECT.prefix() + enrollmentId + ":" + projectId, project.get().title(),
                journey.get().roadmap().id(), content.toString(), project.get().rubric()));
    }

    private Outcome<Resolved> checkpoint(UUID me, UUID enrollmentId, String checkpointId) {
        Optional<Journey> journey = learning.journey(me, enrollmentId);
        Optional<Roadmap.Checkpoint> checkpoint = journey.flatMap(j -> j.roadmap().checkpoints().stream()
                .filter(c -> c.id().equals(checkpointId)).findFirst());
        if (checkpoint.isEmpty()) {
            return invalid();
        }
        if (journey.get().enrollment().status() == Enrollment.Status.LEFT) {
            return Outcome.invalid("item", Learning.SIGN_OFF_UNFOLLOWED);
        }
        if (!checkpoint.get().needsSignOff()) {
            return Outcome.invalid("item", "This checkpoint asks for no sign-off; its progress speaks for itself.");
        }
        return Outcome.saved(new Resolved(ReviewKind.CHECKPOINT, ReviewKind.CHECKPOINT.prefix() + enrollmentId + ":" + checkpointId,
                "Month " + checkpoint.get().month() + ": " + checkpoint.get().title(), journey.get().roadmap().id(),
                evidence(me, journey.get(), checkpoint.get()), List.of()));
    }

    /** An item of another module's kind, as its {@link ReviewSource} reads it. */
    private Outcome<Resolved> fromSources(UUID me, String item) {
        return sources.orderedStream().filter(source -> item.startsWith(source.kind().prefix())).findFirst()
                .flatMap(source -> source.resolve(me, item).map(s -> new Resolved(source.kind(), s.item(), s.title(), null, s.content(), List.of())))
                .<Outcome<Resolved>>map(Outcome::saved).orElseGet(ReviewItems::invalid);
    }

    private Outcome<Resolved> decision(UUID me, UUID id) {
        return decisions.record(me, id).<Outcome<Resolved>>map(record -> Outcome.saved(new Resolved(ReviewKind.DECISION,
                ReviewKind.DECISION.prefix() + id, record.label() + " " + record.title(), null, record.markdown(), List.of()))).orElseGet(ReviewItems::invalid);
    }

    private Outcome<Resolved> attempt(UUID me, UUID id) {
        Optional<Attempt> found = practice.attempt(me, id);
        if (found.isEmpty()) {
            return invalid();
        }
        Attempt attempt = found.get();
        if (!attempt.done()) {
            return Outcome.invalid("item", "Finish the attempt first: only finished attempts can be reviewed.");
        }
        String scenario = practice.scenario(attempt.scenarioId()).map(s -> s.title()).orElse(attempt.scenarioId());
        String content = "## The problem\n\n" + attempt.framing() + "\n\n## The decision\n\n" + attempt.recordDecision()
                + "\n\n## Consequences expected\n\n" + attempt.recordConsequences() + "\n\n## Looking back\n\n" + attempt.reflection();
        return Outcome.saved(new Resolved(ReviewKind.ATTEMPT, ReviewKind.ATTEMPT.prefix() + id, scenario + " (attempt " + attempt.number() + ")", null,
                content, List.of()));
    }

    /** The checkpoint's evidence in words, as the member's progress stands now. */
    String evidence(UUID me, Journey journey, Roadmap.Checkpoint checkpoint) {
        CheckpointState state = journey.checkpoints(learning.today()).stream().filter(s -> s.checkpointId().equals(checkpoint.id()))
                .findFirst().orElseThrow();
        List<String> expected = checkpoint.expects().projects();
        long submitted = expected.stream().filter(p -> journey.project(p).status() == ProjectWork.Status.SUBMITTED).count();
        List<String> approved = reviews.approvedItems(me, ReviewKind.PROJECT);
        long approvedHere = expected.stream().filter(p -> approved.contains(ReviewKind.PROJECT.prefix() + journey.enrollment().id() + ":" + p)).count();
        long minutes = learning.minutesLogged(me, journey.enrollment().id()).orElse(0L);
        return """
                - Checkpoint: %s (%d of %d expected items done, %d needed)
                - Topics done on the roadmap: %d of %d
                - Projects the checkpoint expects: %d of %d submitted, %d approved in review
                - Decision records: %d
                - Time logged: %d h %02d min""".formatted(state.status().label(), state.done(), state.expected(), state.required(),
                journey.overall().finished(), journey.overall().total(), submitted, expected.size(), approvedHere,
                decisions.count(me), minutes / 60, minutes % 60);
    }

    private static Outcome<Resolved> invalid() {
        return Outcome.invalid("item", NO_SUCH_ITEM);
    }
}
