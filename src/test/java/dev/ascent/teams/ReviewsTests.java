package dev.ascent.teams;

import dev.ascent.learning.Enrollment;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.UUID;

import static dev.ascent.teams.ReviewFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reviews facade as a specification: what may be asked, who answers, the thread's rules, versions, and sign-off. */
@SpringBootTest
class ReviewsTests {

    @Autowired
    Reviews reviews;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    Learning learning;

    @Autowired
    Teams teams;

    @Autowired
    TeamsData data;

    private ReviewFixtures.Crew crew;
    private Enrollment enrollment;

    @BeforeEach
    void aTeamWithAMemberFollowingTheRoadmap() {
        crew = fixtures.crew();
        enrollment = fixtures.enrol(crew.member(), ReviewFixtures.ROADMAP);
    }

    private Review ask(String item) {
        return saved(reviews.request(crew.member(), crew.team(), new ReviewRequest(item, "Please look at the auth part.")));
    }

    private static java.util.Map<String, String> errors(Outcome<?> outcome) {
        assertThat(outcome).as("invalid: %s", outcome).isInstanceOf(Outcome.Invalid.class);
        return outcome.fieldErrors();
    }

    @Test
    void aSubmittedProjectWaitsInTheTeamsQueueOldestFirstWithItsWaitingTime() {
        Review project = ask(fixtures.submittedProject(crew.member(), enrollment));
        Review decision = ask(fixtures.decision(crew.member()));

        assertThat(project.state()).isEqualTo(ReviewState.OPEN);
        assertThat(project.title()).isEqualTo("REST API with authentication");
        assertThat(reviews.queue(crew.mentor(), crew.team()).orElseThrow()).extracting(Review::id).containsExactly(project.id(), decision.id());
        assertThat(reviews.queue(crew.lead(), crew.team()).orElseThrow()).hasSize(2);
        assertThat(project.waiting(project.waitingSince().plus(java.time.Duration.ofDays(3)).plusSeconds(60))).isEqualTo("waiting 3 days");
        assertThat(reviews.mine(crew.member())).extracting(Review::state).containsOnly(ReviewState.OPEN);
        ReviewThread thread = reviews.thread(crew.mentor(), crew.team(), project.id()).orElseThrow();
        assertThat(thread.rubric()).hasSize(5);
        assertThat(thread.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(ReviewEntry.Kind.ITERATION);
            assertThat(entry.author()).isEqualTo("Mia Member");
            assertThat(entry.contentHtml()).contains("<strong>JWT</strong>", "https://example.org/notes-api");
        });
    }

    @Test
    void onlyTheMembersOwnSubmittedThingsOnceAtATime() {
        String draft = fixtures.draftProject(crew.member(), enrollment);
        assertThat(errors(reviews.request(crew.member(), crew.team(), new ReviewRequest(draft, null))))
                .containsEntry("item", "Submit the project first: only submitted work can be reviewed.");

        String othersDecision = fixtures.decision(crew.other());
        assertThat(errors(reviews.request(crew.member(), crew.team(), new ReviewRequest(othersDecision, null))))
                .containsEntry("item", ReviewItems.NO_SUCH_ITEM);
        assertThat(errors(reviews.request(crew.member(), crew.team(), new ReviewRequest("project:not-an-id:x", null))))
                .containsEntry("item", ReviewItems.NO_SUCH_ITEM);
        assertThat(errors(reviews.request(crew.member(), crew.team(), new ReviewRequest("", null)))).containsKey("item");

        String mine = fixtures.decision(crew.member());
        ask(mine);
        assertThat(errors(reviews.request(crew.member(), crew.team(), new ReviewRequest(mine, null))).get("item")).contains("already asked");
    }

    @Test
    void outsideTheTeamNothingIsFoundAndOtherMembersDoNotSeeTheThread() {
        Review review = ask(fixtures.decision(crew.member()));
        UUID outsider = fixtures.person("Otto Outsider");

        assertThat(reviews.request(outsider, crew.team(), new ReviewRequest(fixtures.decision(outsider), null))).isInstanceOf(Outcome.NotFound.class);
        assertThat(reviews.queue(outsider, crew.team())).isEmpty();
        assertThat(reviews.thread(outsider, crew.team(), review.id())).isEmpty();
        assertThat(reviews.thread(crew.other(), crew.team(), review.id())).isEmpty();
        assertThat(reviews.comment(crew.other(), crew.team(), review.id(), new ReviewComment("Nice"), review.version()))
                .isInstanceOf(Outcome.NotFound.class);
        assertThatThrownBy(() -> reviews.queue(crew.other(), crew.team())).isInstanceOf(MentorsOnly.class);
        assertThat(reviews.thread(crew.member(), crew.team(), review.id())).hasValueSatisfying(t -> assertThat(t.mine()).isTrue());
    }

    @Test
    void aMentorScoresTheRubricAndApprovesAndTheMemberSeesTheVerdict() {
        Review review = ask(fixtures.submittedProject(crew.member(), enrollment));

        ReviewThread scored = saved(reviews.score(crew.mentor(), crew.team(), review.id(), new RubricScores(List.of(4, 3, 4, 2, 4)), review.version()));
        ReviewThread approved = saved(reviews.decide(crew.mentor(), crew.team(), review.id(),
                new VerdictForm(Verdict.APPROVED, "Solid. *Ship it.*"), scored.review().version()));

        assertThat(approved.latestScores()).containsExactly(4, 3, 4, 2, 4);
        ReviewThread seen = reviews.thread(crew.member(), crew.team(), review.id()).orElseThrow();
        assertThat(seen.review().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(seen.review().decidedBy()).isEqualTo("Max Mentor");
        assertThat(seen.entries()).extracting(ReviewEntry::kind)
                .containsExactly(ReviewEntry.Kind.ITERATION, ReviewEntry.Kind.SCORES, ReviewEntry.Kind.VERDICT);
        assertThat(seen.entries().getLast().bodyHtml()).contains("<em>Ship it.</em>");
        assertThat(reviews.queue(crew.mentor(), crew.team()).orElseThrow()).isEmpty();
        assertThat(reviews.mine(crew.member())).singleElement().extracting(Review::state).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void scoresOutOfTheRubricsRangeAreRefusedByLine() {
        Review review = ask(fixtures.submittedProject(crew.member(), enrollment));

        var errors = errors(reviews.score(crew.mentor(), crew.team(), review.id(), java.util.Objects.requireNonNull(
                new RubricScores(java.util.Arrays.asList(4, 0, 5, null, 3))), review.version()));

        assertThat(errors).containsOnlyKeys("scores[1]", "scores[2]", "scores[3]");
        assertThat(errors.get("scores[1]")).startsWith("Score 'A request for another user's record").endsWith("from 1 (not yet) to 4 (fully).");
        assertThat(reviews.thread(crew.mentor(), crew.team(), review.id()).orElseThrow().review().version())
                .as("nothing written, not even the version").isEqualTo(review.version());
        Review decision = ask(fixtures.decision(crew.member()));
        assertThat(errors(reviews.score(crew.mentor(), crew.team(), decision.id(), new RubricScores(List.of(3)), decision.version())))
                .containsEntry("scores", "Only projects are scored, against their rubric.");
    }

    @Test
    void nobodyReviewsTheirOwnWork() {
        Enrollment mentorsEnrollment = fixtures.enrol(crew.mentor(), ReviewFixtures.ROADMAP);
        Review own = saved(reviews.request(crew.mentor(), crew.team(), new ReviewRequest(fixtures.submittedProject(crew.mentor(), mentorsEnrollment), null)));

        assertThat(errors(reviews.decide(crew.mentor(), crew.team(), own.id(), new VerdictForm(Verdict.APPROVED, ""), own.version())))
                .containsEntry("verdict", Reviews.OWN_WORK);
        assertThat(errors(reviews.score(crew.mentor(), crew.team(), own.id(), new RubricScores(List.of(4, 4, 4, 4, 4)), own.version())))
                .containsEntry("scores", Reviews.OWN_WORK);
        assertThat(saved(reviews.decide(crew.lead(), crew.team(), own.id(), new VerdictForm(Verdict.APPROVED, ""), own.version()))
                .review().state()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void ofTwoMentorsAnsweringAtOnceTheSecondGetsAConflictWithTheReviewAsItIsNow() {
        Review review = ask(fixtures.decision(crew.member()));

        saved(reviews.decide(crew.mentor(), crew.team(), review.id(), new VerdictForm(Verdict.APPROVED, "Good."), review.version()));
        Outcome<ReviewThread> second = reviews.decide(crew.lead(), crew.team(), review.id(),
                new VerdictForm(Verdict.CHANGES_REQUESTED, "Say more about retries."), review.version());

        assertThat(second).isInstanceOfSatisfying(Outcome.Conflict.class, conflict -> {
            assertThat(conflict.message()).startsWith("Someone answered this review since you opened it");
            assertThat(((ReviewThread) conflict.current()).review().state()).isEqualTo(ReviewState.APPROVED);
        });
        assertThat(reviews.comment(crew.lead(), crew.team(), review.id(), new ReviewComment("Late."), review.version()))
                .isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void changesRequestedThenTheMembersNextIterationWaitsAgain() {
        Review review = ask(fixtures.submittedProject(crew.member(), enrollment));
        assertThat(errors(reviews.decide(crew.mentor(), crew.team(), review.id(), new VerdictForm(Verdict.CHANGES_REQUESTED, " "), review.version())))
                .containsEntry("body", "Say what to change.");
        ReviewThread asked = saved(reviews.decide(crew.mentor(), crew.team(), review.id(),
                new VerdictForm(Verdict.CHANGES_REQUESTED, "Add a test for expired tokens."), review.version()));
        assertThat(reviews.queue(crew.mentor(), crew.team()).orElseThrow()).isEmpty();
        assertThat(errors(reviews.iterate(crew.mentor(), crew.team(), review.id(), new ReviewComment("Mine now"), asked.review().version())))
                .containsKey("body");

        ReviewThread next = saved(reviews.iterate(crew.member(), crew.team(), review.id(), new ReviewComment("Added the test."), asked.review().version()));

        assertThat(next.review().iteration()).isEqualTo(2);
        assertThat(next.review().state()).isEqualTo(ReviewState.OPEN);
        assertThat(next.entries().getLast().kind()).isEqualTo(ReviewEntry.Kind.ITERATION);
        assertThat(next.entries().getLast().contentHtml()).contains("notes-api");
        assertThat(reviews.queue(crew.mentor(), crew.team()).orElseThrow()).extracting(Review::id).containsExactly(review.id());
        assertThat(errors(reviews.decide(crew.mentor(), crew.team(), review.id(), new VerdictForm(Verdict.SIGNED_OFF, ""), next.review().version())))
                .containsEntry("verdict", "Approve it or request changes.");
    }

    @Test
    void aSignedOffCheckpointRecordsWhoWhenAndTheEvidenceInLearning() {
        fixtures.submittedProject(crew.member(), enrollment);
        Review request = ask("checkpoint:" + enrollment.id() + ":" + ReviewFixtures.CHECKPOINT);
        ReviewThread thread = reviews.thread(crew.lead(), crew.team(), request.id()).orElseThrow();
        assertThat(thread.entries().getFirst().contentHtml()).contains("Topics done on the roadmap", "Decision records", "Time logged");

        ReviewThread signed = saved(reviews.decide(crew.lead(), crew.team(), request.id(), new VerdictForm(Verdict.SIGNED_OFF, "Well earned."),
                request.version()));

        assertThat(signed.review().state()).isEqualTo(ReviewState.SIGNED_OFF);
        var signOff = learning.journey(crew.member(), enrollment.id()).orElseThrow().signOff(ReviewFixtures.CHECKPOINT).orElseThrow();
        assertThat(signOff.signedBy()).isEqualTo("Lara Lead");
        assertThat(signOff.signedOn()).isEqualTo(learning.today());
        assertThat(signOff.evidence()).contains("Projects the checkpoint expects:", "Time logged: 0 h 00 min");
    }

    @Test
    void aCheckpointWithoutSignOffOrOfARoadmapNoLongerFollowedCannotBeSignedOff() {
        Enrollment judgment = fixtures.enrol(crew.member(), "senior-judgment");
        String withoutSignOff = "checkpoint:" + judgment.id() + ":"
                + learning.roadmap(crew.member(), judgment.id()).orElseThrow().checkpoints().getFirst().id();
        assertThat(errors(reviews.request(crew.member(), crew.team(), new ReviewRequest(withoutSignOff, null))))
                .containsEntry("item", "This checkpoint asks for no sign-off; its progress speaks for itself.");

        Review request = ask("checkpoint:" + enrollment.id() + ":" + ReviewFixtures.CHECKPOINT);
        learning.setEnrollmentStatus(crew.member(), enrollment.id(), Enrollment.Status.LEFT);

        assertThat(errors(reviews.decide(crew.mentor(), crew.team(), request.id(), new VerdictForm(Verdict.SIGNED_OFF, ""), request.version())))
                .containsEntry("verdict", Learning.SIGN_OFF_UNFOLLOWED);
        assertThat(reviews.thread(crew.mentor(), crew.team(), request.id()).orElseThrow().review().state()).isEqualTo(ReviewState.OPEN);
        assertThat(learning.journey(crew.member(), enrollment.id()).orElseThrow().signOffs()).isEmpty();
        assertThat(errors(reviews.decide(crew.mentor(), crew.team(), request.id(), new VerdictForm(Verdict.DECLINED, ""), request.version())))
                .containsEntry("body", "Say why you decline, so the member knows what is missing.");
    }

    @Test
    void anErasedMembersReviewsDisappearAndAGoneMentorsCommentsStayAsAFormerMentor() {
        Review review = ask(fixtures.decision(crew.member()));
        ReviewThread commented = saved(reviews.comment(crew.mentor(), crew.team(), review.id(), new ReviewComment("Consider the retries."), review.version()));
        Review other = saved(reviews.request(crew.other(), crew.team(), new ReviewRequest(fixtures.decision(crew.other()), null)));
        saved(reviews.comment(crew.mentor(), crew.team(), other.id(), new ReviewComment("Looks fine."), other.version()));

        assertThat(data.export(crew.member()).reviews()).singleElement().satisfies(r -> {
            assertThat(r.thread()).extracting(TeamsExport.EntryRecord::by).containsExactly("you", "a mentor");
            assertThat(r.kind()).isEqualTo("DECISION");
        });
        assertThat(data.export(crew.mentor()).reviewComments()).extracting(TeamsExport.EntryRecord::body).contains("Consider the retries.");

        saved(teams.leave(crew.mentor(), crew.team()));
        assertThat(reviews.thread(crew.member(), crew.team(), review.id()).orElseThrow().entries().getLast().author()).isEqualTo("A former mentor");

        data.erase(crew.member());
        assertThat(reviews.thread(crew.lead(), crew.team(), review.id())).isEmpty();
        assertThat(reviews.mine(crew.member())).isEmpty();
        data.erase(crew.mentor());
        assertThat(reviews.thread(crew.other(), crew.team(), other.id()).orElseThrow().entries())
                .filteredOn(e -> e.kind() == ReviewEntry.Kind.COMMENT).singleElement()
                .satisfies(e -> assertThat(e.author()).isEqualTo("A former mentor"));
        assertThat(commented.review().id()).isEqualTo(review.id());
    }

    @Autowired
    Notifications notifications;

    @Test
    void mentorsHearOfARequestAndTheMemberHearsTheVerdict() {
        Review review = ask(fixtures.decision(crew.member()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !notifications.list(crew.mentor()).isEmpty());
        assertThat(notifications.list(crew.mentor())).extracting(Notification::title).containsExactly("Mia Member asks for review of ADR-0001 Queue the e-mails.");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !notifications.list(crew.lead()).stream()
                .filter(n -> n.kind() == NotificationKind.REVIEW_REQUESTED).toList().isEmpty());
        assertThat(notifications.list(crew.other())).as("other members hear nothing").isEmpty();

        saved(reviews.decide(crew.mentor(), crew.team(), review.id(), new VerdictForm(Verdict.APPROVED, ""), review.version()));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> notifications.list(crew.member()).stream()
                .anyMatch(n -> n.kind() == NotificationKind.REVIEW_ANSWERED));
        assertThat(notifications.list(crew.member())).filteredOn(n -> n.kind() == NotificationKind.REVIEW_ANSWERED).singleElement()
                .satisfies(n -> {
                    assertThat(n.title()).isEqualTo("ADR-0001 Queue the e-mails: approved by Max Mentor.");
                    assertThat(n.link()).isEqualTo("/teams/" + crew.team() + "/reviews/" + review.id());
                });
    }

    @Test
    void theMemberWithdrawsAWaitingRequestItLeavesTheQueueTheThreadClosesAndTheyCanAskAgain() {
        String item = fixtures.submittedProject(crew.member(), enrollment);
        Review review = ask(item);

        ReviewThread withdrawn = saved(reviews.withdraw(crew.member(), crew.team(), review.id(), review.version()));

        assertThat(withdrawn.review().state()).isEqualTo(ReviewState.WITHDRAWN);
        assertThat(withdrawn.review().decidedAt()).isNotNull();
        assertThat(withdrawn.review().decidedBy()).as("nobody decided it").isNull();
        assertThat(reviews.queue(crew.mentor(), crew.team()).orElseThrow()).isEmpty();
        assertThat(reviews.answered(crew.mentor(), crew.team()).orElseThrow()).as("not an answered review either").isEmpty();
        assertThat(reviews.mine(crew.member())).extracting(Review::state).containsExactly(ReviewState.WITHDRAWN);
        int version = withdrawn.review().version();
        assertThat(errors(reviews.comment(crew.mentor(), crew.team(), review.id(), new ReviewComment("Still looking"), version)))
                .containsEntry("body", Reviews.WITHDRAWN);
        assertThat(errors(reviews.score(crew.mentor(), crew.team(), review.id(), new RubricScores(List.of(4, 3, 4, 2, 4)), version)))
                .containsEntry("scores", Reviews.WITHDRAWN);
        assertThat(errors(reviews.decide(crew.mentor(), crew.team(), review.id(), new VerdictForm(Verdict.APPROVED, ""), version)))
                .containsEntry("verdict", Reviews.WITHDRAWN);
        assertThat(errors(reviews.withdraw(crew.member(), crew.team(), review.id(), version))).containsKey("review");
        assertThat(reviews.thread(crew.member(), crew.team(), review.id()).orElseThrow().entries()).as("nothing was added").hasSize(1);

        Review again = ask(item);
        assertThat(again.id()).isNotEqualTo(review.id());
        assertThat(reviews.queue(crew.mentor(), crew.team()).orElseThrow()).extracting(Review::id).containsExactly(again.id());
    }

    @Test
    void onlyTheMemberWhoAskedWithdrawsOnlyWhileItWaitsAndAStaleVersionIsAConflict() {
        Review review = ask(fixtures.submittedProject(crew.member(), enrollment));

        assertThatThrownBy(() -> reviews.withdraw(crew.mentor(), crew.team(), review.id(), review.version())).isInstanceOf(ReviewRequesterOnly.class);
        assertThatThrownBy(() -> reviews.withdraw(crew.lead(), crew.team(), review.id(), review.version())).isInstanceOf(ReviewRequesterOnly.class);
        assertThat(reviews.withdraw(crew.other(), crew.team(), review.id(), review.version())).isInstanceOf(Outcome.NotFound.class);
        assertThat(reviews.withdraw(fixtures.person("Otto Outsider"), crew.team(), review.id(), review.version())).isInstanceOf(Outcome.NotFound.class);

        ReviewThread commented = saved(reviews.comment(crew.mentor(), crew.team(), review.id(), new ReviewComment("Looking now."), review.version()));
        assertThat(reviews.withdraw(crew.member(), crew.team(), review.id(), review.version())).as("the mentor wrote since")
                .isInstanceOfSatisfying(Outcome.Conflict.class, conflict -> assertThat(conflict.message()).startsWith("Someone answered this review"));

        ReviewThread changes = saved(reviews.decide(crew.mentor(), crew.team(), review.id(),
                new VerdictForm(Verdict.CHANGES_REQUESTED, "Add tests."), commented.review().version()));
        assertThat(errors(reviews.withdraw(crew.member(), crew.team(), review.id(), changes.review().version())).get("review"))
                .contains("asked for changes");
        assertThat(reviews.thread(crew.member(), crew.team(), review.id()).orElseThrow().review().state()).isEqualTo(ReviewState.CHANGES_REQUESTED);
    }

    @Test
    void theMentorWhoHadTakenTheRequestUpHearsItWasWithdrawn() {
        Review review = ask(fixtures.decision(crew.member()));
        ReviewThread commented = saved(reviews.comment(crew.mentor(), crew.team(), review.id(), new ReviewComment("On it."), review.version()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !notifications.list(crew.lead()).isEmpty());
        int leadHad = notifications.list(crew.lead()).size();

        saved(reviews.withdraw(crew.member(), crew.team(), review.id(), commented.review().version()));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> notifications.list(crew.mentor()).size() == 2);
        assertThat(notifications.list(crew.mentor())).extracting(Notification::title)
                .contains("Mia Member withdrew their request for review of ADR-0001 Queue the e-mails.");
        assertThat(notifications.list(crew.mentor())).filteredOn(n -> n.title().contains("withdrew")).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/teams/" + crew.team() + "/reviews/" + review.id()));
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(3))
                .until(() -> notifications.list(crew.lead()).size() == leadHad);
        assertThat(notifications.list(crew.lead())).as("the lead had not written in it").noneMatch(n -> n.title().contains("withdrew"));
    }
}
