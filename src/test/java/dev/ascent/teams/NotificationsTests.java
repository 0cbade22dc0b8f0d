package dev.ascent.teams;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Level;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.teams.TeamsTests.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications as people meet them: whoever a team change concerns hears of it (never whoever made it), the header
 * counts the unread, opening one marks it read and goes to its page, a kind turned off is not delivered, and nobody
 * opens another person's. They arrive after the change committed, so the tests wait for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsTests {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired Teams teams;
    @Autowired Invitations invitations;
    @Autowired CheckIns checkIns;
    @Autowired Notifications notifications;
    @Autowired Learning learning;
    @Autowired JsonMapper json;

    ApiClient lead;
    ApiClient member;
    UUID team;

    private void join(ApiClient who, TeamRole role) {
        String path = saved(invitations.invite(lead.accountId, team, new InvitationForm(role, null))).path();
        saved(invitations.accept(who.accountId, path.substring(path.lastIndexOf('/') + 1)));
    }

    private List<Notification> arrived(UUID accountId, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.list(accountId).size() >= count);
        return notifications.list(accountId);
    }

    @BeforeEach
    void aTeam() {
        lead = new ApiClient(port, accounts, "Nora Lead");
        member = new ApiClient(port, accounts, "Ned Member");
        team = saved(teams.create(lead.accountId, new TeamForm("Notified team"))).id();
        join(member, TeamRole.MEMBER);
    }

    @Test
    void theLeadHearsWhoJoinedTheHeaderCountsItAndOpeningItMarksItRead() {
        Notification joined = arrived(lead.accountId, 1).getFirst();

        assertThat(joined.kind()).isEqualTo(NotificationKind.TEAM_JOINED);
        assertThat(joined.title()).isEqualTo("Ned Member joined Notified team as member.");
        assertThat(joined.link()).isEqualTo("/teams/" + team);
        assertThat(notifications.list(member.accountId)).as("not the one who joined").isEmpty();

        WebSession page = new WebSession(port);
        String email = accounts.find(lead.accountId).orElseThrow().email();
        page.signIn(email, WebSession.PASSWORD);
        String teamsPage = page.get("/teams").body();
        assertThat(teamsPage).contains("<span class=\"badge\">1<span class=\"visually-hidden\"> unread</span></span>");
        String list = page.get("/notifications").body();
        assertThat(list).contains("joined Notified team as member.", "Unread: ", "Mark all as read");
        HttpResponse<String> opened = page.post("/notifications", "/notifications/" + joined.id() + "/open", Map.of());
        assertThat(WebSession.target(opened)).isEqualTo("/teams/" + team);
        assertThat(notifications.unread(lead.accountId)).isZero();
        assertThat(page.get("/teams").body()).doesNotContain("class=\"badge\"");

        WebSession stranger = new WebSession(port).signUp("Stan Stranger", WebSession.uniqueEmail("stranger"), WebSession.PASSWORD);
        assertThat(stranger.post("/notifications", "/notifications/" + joined.id() + "/open", Map.of()).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/notifications").body()).contains("Nothing yet.");
    }

    @Test
    void aCheckInReachesTheOtherOfTheTwoAndItsAgreementTheMember() {
        saved(learning.enroll(member.accountId, "backend-growth-map", new EnrollmentForm(null, 8)));
        CheckIn checkIn = saved(checkIns.start(lead.accountId, team, member.accountId, new CheckInStart("backend-growth-map/backend-foundations", null)));
        Notification started = arrived(member.accountId, 1).getFirst();
        assertThat(started.kind()).isEqualTo(NotificationKind.CHECK_IN_STARTED);
        assertThat(started.title()).contains("opened a check-in with you on Backend foundations");
        assertThat(started.link()).isEqualTo("/teams/" + team + "/check-ins/" + checkIn.id());

        Map<String, Proficiency> levels = new HashMap<>();
        checkIn.lines().forEach(line -> levels.put(line.topicId(), Proficiency.AWARE));
        saved(checkIns.assess(member.accountId, team, checkIn.id(), new CheckInAssessment(levels, true), 0));
        saved(checkIns.assess(lead.accountId, team, checkIn.id(), new CheckInAssessment(levels, true), 1));
        saved(checkIns.agree(lead.accountId, team, checkIn.id(), new CheckInAgreement(Level.JUNIOR, null), 2));

        assertThat(arrived(member.accountId, 2).getFirst().title()).endsWith("recorded your agreed level on Backend foundations: Junior.");
        assertThat(notifications.list(lead.accountId)).extracting(Notification::kind).containsExactly(NotificationKind.TEAM_JOINED);
    }

    @Autowired Assignments assignments;

    @Test
    void anAssignedRoadmapReachesTheMemberAndTheirAnswerTheLead() {
        arrived(lead.accountId, 1);
        Assignment made = saved(assignments.assign(lead.accountId, team,
                new AssignmentForm(member.accountId.toString(), "backend-junior-to-senior", java.time.LocalDate.now(), 6))).getFirst();

        Notification assigned = arrived(member.accountId, 1).getFirst();
        assertThat(assigned.kind()).isEqualTo(NotificationKind.ROADMAP_ASSIGNED);
        assertThat(assigned.title()).startsWith("Nora Lead assigned you ").endsWith(" in Notified team.");
        assertThat(assigned.link()).isEqualTo("/teams");
        saved(assignments.decline(member.accountId, team, made.id(), made.version()));

        Notification answered = arrived(lead.accountId, 2).getFirst();
        assertThat(answered.kind()).isEqualTo(NotificationKind.ASSIGNMENT_ANSWERED);
        assertThat(answered.title()).startsWith("Ned Member declined ");
        assertThat(answered.link()).isEqualTo("/teams/" + team + "/assignments");
    }

    @Test
    void aKindTurnedOffIsNotDeliveredAndTheApiReadsAndMarks() {
        arrived(lead.accountId, 1);
        WebSession page = new WebSession(port);
        page.signIn(accounts.find(lead.accountId).orElseThrow().email(), WebSession.PASSWORD);
        HttpResponse<String> saved = page.post("/notifications", "/notifications/settings", Map.of("inApp", "CHECK_IN_STARTED"));
        assertThat(WebSession.target(saved)).startsWith("/notifications?saved");
        assertThat(notifications.settings(lead.accountId).inApp(NotificationKind.TEAM_JOINED)).isFalse();
        assertThat(page.get("/notifications").body()).containsPattern("value=\"TEAM_JOINED\"(?![^>]*checked)");

        ApiClient second = new ApiClient(port, accounts, "Ona Second");
        join(second, TeamRole.MEMBER);
        // the listener runs after the join commits: wait, and see that nothing arrives meanwhile
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> notifications.list(lead.accountId).size() == 1);

        var inbox = json.readTree(lead.call(lead.read, "GET", "/api/v1/notifications", null).body());
        assertThat(inbox.get("unread").asInt()).isEqualTo(1);
        String id = inbox.get("notifications").get(0).get("id").asString();
        assertThat(lead.call(lead.read, "POST", "/api/v1/notifications/read", null).statusCode()).as("a read token").isEqualTo(403);
        assertThat(lead.call("POST", "/api/v1/notifications/" + id + "/read", null).statusCode()).isEqualTo(204);
        assertThat(member.call("POST", "/api/v1/notifications/" + id + "/read", null).statusCode()).isEqualTo(404);
        assertThat(notifications.unread(lead.accountId)).isZero();
    }
}
