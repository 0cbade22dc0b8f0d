package dev.ascent.teams;

import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Enrollment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.teams.ReviewFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews in the pages with real data: a member asks on /teams/reviews, the mentor's queue shows it with its waiting time,
 * the thread takes scores and a verdict, bad input and stale forms redraw with the text kept, and the review's pages
 * are not found for anyone outside the team or for other members; a sign-off shows on the dashboard and the plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Teams teams;

    @Autowired
    Invitations invitations;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    dev.ascent.learning.Learning learning;

    private UUID team;
    private UUID memberId;
    private WebSession lead;
    private WebSession mentor;
    private WebSession member;
    private WebSession other;
    private Enrollment enrollment;

    private record Person(UUID id, WebSession session) {
    }

    private Person person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-'));
        UUID id = accounts.signUp(name, email, WebSession.PASSWORD, "test").value().id();
        WebSession session = new WebSession(port);
        assertThat(session.signIn(email, WebSession.PASSWORD).statusCode()).isEqualTo(302);
        return new Person(id, session);
    }

    private Person joined(UUID leadId, String name, TeamRole role) {
        Person person = person(name);
        String path = saved(invitations.invite(leadId, team, new InvitationForm(role, null))).path();
        saved(invitations.accept(person.id(), path.substring("/invitations/".length())));
        return person;
    }

    @BeforeEach
    void aTeam() {
        Person leadPerson = person("Page Lead");
        lead = leadPerson.session();
        team = saved(teams.create(leadPerson.id(), new TeamForm("Page reviewers"))).id();
        mentor = joined(leadPerson.id(), "Page Mentor", TeamRole.MENTOR).session();
        Person memberPerson = joined(leadPerson.id(), "Page Member", TeamRole.MEMBER);
        member = memberPerson.session();
        memberId = memberPerson.id();
        other = joined(leadPerson.id(), "Page Other", TeamRole.MEMBER).session();
        enrollment = fixtures.enrol(memberId, ReviewFixtures.ROADMAP);
    }

    /** Asks for review through the form on /teams/reviews; answers the thread's path. */
    private String ask(String item) {
        HttpResponse<String> asked = member.post("/teams/reviews", "/teams/reviews", Map.of("team", team.toString(), "item", item, "note", "Have a look."));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        String target = WebSession.target(asked);
        assertThat(target).endsWith("?requested");
        return target.substring(0, target.indexOf('?'));
    }

    @Test
    void anEmptyReviewsPageSaysWhatToDoFirst() {
        String page = other.get("/teams/reviews").body();

        assertThat(page).contains("You have not asked for a review yet", "Nothing to review yet").doesNotContain("null");
        assertThat(mentor.get("/teams/" + team + "/reviews").body()).contains("Nobody is waiting for a review");
    }

    @Test
    void aMemberAsksTheMentorSeesItWaitingScoresAndApprovesAndTheMemberSeesTheVerdict() {
        String item = fixtures.submittedProject(memberId, enrollment);
        assertThat(member.get("/teams/reviews").body()).contains("Project: REST API with authentication");
        String thread = ask(item);

        assertThat(member.get(thread + "?requested").body()).contains("Review asked.", "REST API with authentication", "Have a look.",
                "Waiting for a mentor").containsPattern("Submitted on \\d{1,2} [A-Z][a-z]{2} \\d{4}");
        String queue = mentor.get("/teams/" + team + "/reviews").body();
        assertThat(queue).contains("1 waiting", "REST API with authentication", "Page Member", "waiting a few minutes");

        Map<String, String> scores = new LinkedHashMap<>(Map.of("version", "0"));
        String[] given = {"4", "9", "3", "4", "4"};
        for (int i = 0; i < given.length; i++) {
            scores.put("scores[" + i + "]", given[i]);
        }
        HttpResponse<String> refused = mentor.post(thread, thread + "/scores", scores);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<small class=\"field-error\">Score 'A request for another user");
        scores.put("scores[1]", "3");
        assertThat(mentor.post(thread, thread + "/scores", scores).statusCode()).isEqualTo(302);
        HttpResponse<String> approved = mentor.post(thread, thread + "/verdict", Map.of("verdict", "APPROVED", "body", "Clean **auth**.", "version", "1"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);

        String seen = member.get(thread).body();
        assertThat(seen).contains("Approved", "Clean <strong>auth</strong>.", "3 · Mostly", "approved by Page Mentor").doesNotContain("null");
        assertThat(member.get("/teams/reviews").body()).contains("state-approved");
    }

    @Test
    void aStaleFormIsAConflictThatKeepsWhatWasTyped() {
        String thread = ask(fixtures.decision(memberId));
        assertThat(lead.post(thread, thread + "/comments", Map.of("body", "First!", "version", "0")).statusCode()).isEqualTo(302);

        HttpResponse<String> late = mentor.post(thread, thread + "/verdict",
                Map.of("verdict", "CHANGES_REQUESTED", "body", "Please add the options you rejected.", "version", "0"));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Someone answered this review since you opened it", ">Please add the options you rejected.</textarea>",
                "First!", "value=\"CHANGES_REQUESTED\" checked");
    }

    @Test
    void badInputNamesTheFieldAndNeverAnswers500() {
        String thread = ask(fixtures.decision(memberId));

        HttpResponse<String> noTeam = member.post("/teams/reviews", "/teams/reviews", Map.of("team", "not-a-team", "item", "decision:x"));
        assertThat(noTeam.statusCode()).isEqualTo(422);
        assertThat(noTeam.body()).contains("Choose one of your teams.");
        HttpResponse<String> draft = member.post("/teams/reviews", "/teams/reviews", Map.of("team", team.toString(),
                "item", "project:" + enrollment.id() + ":ecommerce-backend"));
        assertThat(draft.statusCode()).isEqualTo(422);
        // the verdict form is not shown to the member who asked; posting it by hand
        HttpResponse<String> own = member.post(thread, thread + "/verdict", Map.of("verdict", "APPROVED", "version", "0"));
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("You cannot review your own work");
        HttpResponse<String> empty = mentor.post(thread, thread + "/comments", Map.of("body", "  ", "version", "0"));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Write something first.");
        assertThat(mentor.post(thread, thread + "/comments", Map.of("body", "x", "version", "zero")).statusCode()).isEqualTo(400);
    }

    @Test
    void theReviewsPagesAreNotFoundOutsideTheTeamAndTheThreadIsNotShownToOtherMembers() {
        String thread = ask(fixtures.decision(memberId));
        WebSession outsider = person("Page Outsider").session();

        for (String path : List.of("/teams/" + team + "/reviews", thread)) {
            assertThat(outsider.get(path).statusCode()).as(path).isEqualTo(404);
        }
        for (String action : List.of("/comments", "/scores", "/verdict", "/iterations", "/withdraw")) {
            assertThat(outsider.post("/teams/reviews", thread + action, Map.of("body", "x", "verdict", "APPROVED", "version", "0")).statusCode())
                    .as(action).isEqualTo(404);
            assertThat(other.post("/teams/reviews", thread + action, Map.of("body", "x", "verdict", "APPROVED", "version", "0")).statusCode())
                    .as(action).isEqualTo(404);
        }
        assertThat(other.get(thread).statusCode()).isEqualTo(404);
        assertThat(other.get("/teams/" + team + "/reviews").statusCode()).isEqualTo(403);
        assertThat(outsider.post("/teams/reviews", "/teams/reviews", Map.of("team", team.toString(), "item", fixtures.decision(memberId))).statusCode())
                .isEqualTo(422);
    }

    @Test
    void aSignedOffCheckpointShowsOnTheDashboardAndThePlan() {
        String thread = ask("checkpoint:" + enrollment.id() + ":" + ReviewFixtures.CHECKPOINT);
        assertThat(lead.get(thread).body()).contains("The evidence, as gathered", "Time logged", "Signed off");

        HttpResponse<String> signed = lead.post(thread, thread + "/verdict", Map.of("verdict", "SIGNED_OFF", "body", "", "version", "0"));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);

        String day = dev.ascent.platform.Display.date(learning.today());
        assertThat(member.get("/learn/" + enrollment.id()).body()).contains("Signed off by Page Lead on " + day);
        assertThat(member.get("/learn/" + enrollment.id() + "/plan").body()).contains("signed off by Page Lead on " + day);
    }

    @Test
    void theMemberWithdrawsAWaitingRequestAfterConfirmingAndMentorsCanNoLongerAnswerIt() {
        String item = fixtures.decision(memberId);
        String thread = ask(item);
        String page = member.get(thread).body();
        assertThat(page).contains("Withdraw this request", "You can ask for review of it again later", "Yes, withdraw it");
        String form = page.substring(page.indexOf("action=\"" + thread + "/withdraw\""));
        assertThat(form.substring(0, form.indexOf("</form>"))).contains("name=\"_csrf\" value=\"", "name=\"version\" value=\"0\"");
        assertThat(mentor.get(thread).body()).as("only the member who asked sees the button").doesNotContain("Withdraw this request");
        assertThat(mentor.post(thread, thread + "/withdraw", Map.of("version", "0")).statusCode()).isEqualTo(403);

        HttpResponse<String> stale = member.post(thread, thread + "/withdraw", Map.of("version", "7"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone answered this review since you opened it");
        HttpResponse<String> withdrawn = member.post(thread, thread + "/withdraw", Map.of("version", "0"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(302);
        assertThat(WebSession.target(withdrawn)).endsWith("?withdrawn");

        String day = dev.ascent.platform.Display.date(learning.today());
        assertThat(member.get(thread + "?withdrawn").body()).contains("Request withdrawn.", "Withdrawn by the member on " + day,
                "state-withdrawn").doesNotContain("Yes, withdraw it", "Add comment", "null");
        String seenByMentor = mentor.get(thread).body();
        assertThat(seenByMentor).contains("Withdrawn by the member on " + day).doesNotContain("Send verdict", "Add comment");
        assertThat(mentor.get("/teams/" + team + "/reviews").body()).contains("Nobody is waiting for a review");
        HttpResponse<String> late = mentor.post(thread, thread + "/comments", Map.of("body", "Was about to answer.", "version", "1"));
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("The member withdrew this request");
        assertThat(member.post(thread, thread + "/withdraw", Map.of("version", "1")).statusCode()).as("once is enough").isEqualTo(422);

        String again = ask(item);
        assertThat(again).isNotEqualTo(thread);
        assertThat(mentor.get("/teams/" + team + "/reviews").body()).contains("1 waiting");
    }
}
