package dev.ascent.teams;

import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead starts a team in the pages, invites with a link, and a second person opens it, signs in, comes back
 * to the invitation and joins; leads manage roles and removal; bad input and dead links answer with a page
 * that says what is wrong, never a 500; a team's pages are not found for anyone outside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamPagesTests {

    private static final Pattern LINK = Pattern.compile("id=\"invitation-link\">https?://[^/]+(/invitations/[A-Za-z0-9_-]{43})<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebSession lead;

    @BeforeEach
    void signUp() {
        lead = new WebSession(port).signUp("Lea Lead", WebSession.uniqueEmail("lead"), WebSession.PASSWORD);
    }

    /** Creates a team through its form; answers the team's page path. */
    private String create(WebSession session, String name) {
        HttpResponse<String> created = session.post("/teams", "/teams", Map.of("name", name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String target = WebSession.target(created);
        assertThat(target).endsWith("?created");
        return target.substring(0, target.indexOf('?'));
    }

    private String invite(String team, String role) {
        HttpResponse<String> page = lead.post(team, team + "/invitations", Map.of("role", role, "email", ""));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher link = LINK.matcher(page.body());
        assertThat(link.find()).as("the link is shown once").isTrue();
        return link.group(1);
    }

    @Test
    void anEmptyListExplainsWhatATeamIsFor() {
        String page = lead.get("/teams").body();

        assertThat(page).contains("You are not in a team yet", "Start a team", "aria-current=\"page\">Teams</a>");
    }

    @Test
    void aLeadInvitesAndTheInviteeSignsInComesBackAndJoins() {
        String team = create(lead, "Checkout squad");
        String link = invite(team, "MENTOR");
        String email = WebSession.uniqueEmail("invitee");
        new WebSession(port).signUp("Ivo Invitee", email, WebSession.PASSWORD);
        WebSession invitee = new WebSession(port);

        HttpResponse<String> signedOut = invitee.get(link);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(signedOut)).isEqualTo("/sign-in");
        HttpResponse<String> signedIn = invitee.signIn(email, WebSession.PASSWORD);
        assertThat(WebSession.target(signedIn)).as("back to the invitation").isEqualTo(link);
        String invitation = invitee.get(link).body();
        assertThat(invitation).contains("Lea Lead invites you to the team Checkout squad as mentor.", "Accept and join", "Decline");
        HttpResponse<String> accepted = invitee.post(link, link + "/accept", Map.of());

        assertThat(WebSession.target(accepted)).isEqualTo(team + "?joined");
        String teamPage = invitee.get(WebSession.target(accepted)).body();
        assertThat(teamPage).contains("Welcome to Checkout squad.", "Ivo Invitee", "Mentor", "2 people").doesNotContain("Invite someone");
        assertThat(lead.get(team).body()).contains("Ivo Invitee", "No invitation is waiting for an answer.");
        assertThat(invitee.get("/teams").body()).contains("Checkout squad", "Mentor");

        HttpResponse<String> reused = new WebSession(port).signUp("Rae Reuse", WebSession.uniqueEmail("reuse"), WebSession.PASSWORD)
                .post("/teams", link + "/accept", Map.of());
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(reused.body()).contains("already been used");
    }

    @Test
    void deadAndForgedLinksSayWhichWithoutAServerError() {
        String team = create(lead, "Links");
        String expired = invite(team, "MEMBER");
        jdbc.sql("update teams.invitations set expires_at = now() - interval '1 hour' where expires_at > now()").update();
        String revoked = invite(team, "MEMBER");
        String invitationId = jdbc.sql("select id::text from teams.invitations where revoked_at is null and expires_at > now() order by created_at desc limit 1")
                .query(String.class).list().getFirst();
        HttpResponse<String> revoking = lead.post(team, team + "/invitations/" + invitationId + "/revoke", Map.of());
        assertThat(WebSession.target(revoking)).isEqualTo(team + "?revoked");
        String declined = invite(team, "MEMBER");
        WebSession other = new WebSession(port).signUp("Dee Decliner", WebSession.uniqueEmail("decline"), WebSession.PASSWORD);
        assertThat(WebSession.target(other.post(declined, declined + "/decline", Map.of()))).isEqualTo("/teams?declined");

        assertThat(other.get(expired).statusCode()).isEqualTo(410);
        assertThat(other.get(expired).body()).contains("This invitation expired on");
        assertThat(other.get(revoked).body()).contains("withdrew this invitation");
        assertThat(other.get(declined).body()).contains("was declined");
        HttpResponse<String> forged = other.get("/invitations/" + "A".repeat(43));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("This is not a working invitation link");
        assertThat(other.get("/invitations/%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(other.post("/teams", expired + "/accept", Map.of()).statusCode()).isEqualTo(410);
        assertThat(other.get("/teams").body()).contains("You are not in a team yet");
    }

    @Test
    void badNamesAndAddressesAreNamedByTheirField() {
        String team = create(lead, "Forms");

        HttpResponse<String> blank = lead.post("/teams", "/teams", Map.of("name", " "));
        HttpResponse<String> tooLong = lead.post(team, team + "/name", Map.of("name", "n".repeat(81), "version", "0"));
        HttpResponse<String> noVersion = lead.post(team, team + "/name", Map.of("name", "Renamed"));
        HttpResponse<String> badInvite = lead.post(team, team + "/invitations", Map.of("role", "KING", "email", "nobody"));

        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("Name the team");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Use at most 80 characters");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(badInvite.statusCode()).isEqualTo(422);
        assertThat(badInvite.body()).contains("Choose the role it offers", "Give an email address");
    }

    @Test
    void aStaleRenameIsAConflictAndTheOnlyLeadCannotLeaveOrStepDown() {
        String team = create(lead, "Stale");
        assertThat(WebSession.target(lead.post(team, team + "/name", Map.of("name", "Fresh", "version", "0")))).isEqualTo(team + "?renamed");
        String link = invite(team, "MEMBER");
        WebSession member = new WebSession(port).signUp("Meg Member", WebSession.uniqueEmail("member"), WebSession.PASSWORD);
        member.post(link, link + "/accept", Map.of());

        HttpResponse<String> stale = lead.post(team, team + "/name", Map.of("name", "Stale again", "version", "0"));
        HttpResponse<String> leave = lead.post(team, team + "/leave", Map.of());
        String me = jdbc.sql("select account_id::text from teams.memberships where team_id = cast(:t as uuid) and role = 'LEAD'")
                .param("t", team.substring("/teams/".length())).query(String.class).single();
        HttpResponse<String> stepDown = lead.post(team, team + "/members/" + me + "/role", Map.of("role", "MEMBER", "version", "1"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed by someone else");
        assertThat(leave.statusCode()).isEqualTo(422);
        assertThat(leave.body()).contains("only lead: make someone else lead first, then leave");
        assertThat(stepDown.statusCode()).isEqualTo(422);
        assertThat(stepDown.body()).contains("The team needs a lead");
        assertThat(lead.get(team).body()).contains("Fresh");
    }

    @Test
    void aLeadChangesRolesAndRemovesAndTheRemovedLoseTheTeamAtOnce() {
        String team = create(lead, "Roles");
        String link = invite(team, "MEMBER");
        WebSession member = new WebSession(port).signUp("Rob Role", WebSession.uniqueEmail("role"), WebSession.PASSWORD);
        member.post(link, link + "/accept", Map.of());
        String memberId = jdbc.sql("select account_id::text from teams.memberships where team_id = cast(:t as uuid) and role = 'MEMBER'")
                .param("t", team.substring("/teams/".length())).query(String.class).single();

        assertThat(member.post(team, team + "/members/" + memberId + "/remove", Map.of()).statusCode()).as("members do not remove").isEqualTo(403);
        HttpResponse<String> unreadable = lead.post(team, team + "/members/" + memberId + "/role", Map.of("role", "WIZARD", "version", "0"));
        assertThat(unreadable.statusCode()).isEqualTo(422);
        // the team's own words, not the administration's ("Choose ADMIN or LEARNER.") nor the reverse: both forms bind a role
        assertThat(unreadable.body()).contains("Choose lead, mentor or member.").doesNotContain("ADMIN or LEARNER");
        HttpResponse<String> promoted = lead.post(team, team + "/members/" + memberId + "/role", Map.of("role", "MENTOR", "version", "0"));
        assertThat(WebSession.target(promoted)).isEqualTo(team + "?role-changed");
        assertThat(member.get(team).body()).contains("You are mentor");
        HttpResponse<String> removed = lead.post(team, team + "/members/" + memberId + "/remove", Map.of());

        assertThat(WebSession.target(removed)).isEqualTo(team + "?removed");
        assertThat(member.get(team).statusCode()).isEqualTo(404);
        assertThat(member.get("/teams").body()).contains("You are not in a team yet");
    }

    @Test
    void aTeamIsNotFoundForTheLeadOfAnotherTeam() {
        String team = create(lead, "Private");
        WebSession otherLead = new WebSession(port).signUp("Oz Other", WebSession.uniqueEmail("other"), WebSession.PASSWORD);
        String theirs = create(otherLead, "Theirs");

        for (String action : new String[] {"/name", "/invitations", "/leave", "/members/" + java.util.UUID.randomUUID() + "/remove"}) {
            HttpResponse<String> answer = otherLead.post(theirs, team + action, Map.of("name", "Mine", "role", "MEMBER", "version", "0"));
            assertThat(answer.statusCode()).as(action).isEqualTo(404);
        }
        assertThat(otherLead.get(team).statusCode()).isEqualTo(404);
        assertThat(lead.get(team).body()).contains("Private").doesNotContain("Mine");
    }

    @Test
    void theLastOneOutDeletesTheTeam() {
        String team = create(lead, "Solo");

        HttpResponse<String> left = lead.post(team, team + "/leave", Map.of());

        assertThat(WebSession.target(left)).isEqualTo("/teams?deleted");
        assertThat(lead.get(team).statusCode()).isEqualTo(404);
    }
}
