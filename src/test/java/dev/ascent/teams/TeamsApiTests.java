package dev.ascent.teams;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams through the API: the same rules as the pages, answered as JSON and RFC 9457 problems naming the field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    JsonMapper json;

    private JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private String createTeam(ApiClient api, String name) {
        return body(api.call("POST", "/api/v1/teams", "{\"name\":\"%s\"}".formatted(name)), 201).get("id").asString();
    }

    /** A second person who joined through a link the lead made in the API. */
    private ApiClient joined(ApiClient lead, String team, String role) {
        String url = body(lead.call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"%s\"}".formatted(role)), 201).get("url").asString();
        ApiClient member = new ApiClient(port, accounts, "Api " + role);
        invitations.accept(member.accountId, url.substring(url.lastIndexOf('/') + 1));
        return member;
    }

    @Test
    void aLeadCreatesInvitesAndReadsTheTeamWithItsMembers() {
        ApiClient lead = new ApiClient(port, accounts, "Api Lead");
        String team = createTeam(lead, "API team");

        JsonNode invitation = body(lead.call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"mentor\",\"email\":\"m@example.org\"}"), 201);
        ApiClient member = joined(lead, team, "MEMBER");
        JsonNode read = body(lead.call(lead.read, "GET", "/api/v1/teams/" + team, null), 200);
        JsonNode mine = body(member.call(member.read, "GET", "/api/v1/teams", null), 200);
        JsonNode open = body(lead.call(lead.read, "GET", "/api/v1/teams/" + team + "/invitations", null), 200);

        assertThat(invitation.get("url").asString()).matches("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}");
        assertThat(invitation.get("invitation").get("role").asString()).isEqualTo("MENTOR");
        assertThat(invitation.get("mailed").asBoolean()).as("no SMTP here").isFalse();
        assertThat(read.get("team").get("name").asString()).isEqualTo("API team");
        assertThat(read.get("members").valueStream().map(m -> m.get("role").asString())).containsExactly("LEAD", "MEMBER");
        assertThat(mine.get(0).get("myRole").asString()).isEqualTo("MEMBER");
        assertThat(mine.get(0).get("memberCount").asInt()).isEqualTo(2);
        assertThat(open).hasSize(1);
        assertThat(open.toString()).doesNotContain("token").doesNotContain("hash");
    }

    @Test
    void aReadTokenChangesNothingAndMembersMayNotDoWhatLeadsDo() {
        ApiClient lead = new ApiClient(port, accounts, "Scope Lead");
        String team = createTeam(lead, "Scopes");
        ApiClient member = joined(lead, team, "MEMBER");

        HttpResponse<String> readOnly = lead.call(lead.read, "POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"MEMBER\"}");
        HttpResponse<String> byMember = member.call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"MEMBER\"}");
        HttpResponse<String> invitationsByMember = member.call(member.read, "GET", "/api/v1/teams/" + team + "/invitations", null);
        HttpResponse<String> removeByMember = member.call("DELETE", "/api/v1/teams/" + team + "/members/" + lead.accountId, null);

        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(readOnly.body()).contains("This token may only read.");
        assertThat(byMember.statusCode()).isEqualTo(403);
        assertThat(byMember.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(byMember.body()).contains("Only a lead of this team can invite people");
        assertThat(invitationsByMember.statusCode()).isEqualTo(403);
        assertThat(removeByMember.statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsA422NamingTheFieldAndAStaleVersionA409() {
        ApiClient lead = new ApiClient(port, accounts, "Bad Input");
        String team = createTeam(lead, "Strict");
        ApiClient member = joined(lead, team, "MEMBER");

        JsonNode tooLong = body(lead.call("POST", "/api/v1/teams", "{\"name\":\"%s\"}".formatted("x".repeat(81))), 422);
        JsonNode badRole = body(lead.call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"KING\",\"email\":\"nope\"}"), 422);
        JsonNode noVersion = body(lead.call("PUT", "/api/v1/teams/" + team, "{\"name\":\"Renamed\"}"), 422);
        body(lead.call("PUT", "/api/v1/teams/" + team, "{\"name\":\"Renamed\",\"version\":0}"), 200);
        JsonNode stale = body(lead.call("PUT", "/api/v1/teams/" + team, "{\"name\":\"Again\",\"version\":0}"), 409);
        JsonNode staleRole = body(lead.call("PUT", "/api/v1/teams/" + team + "/members/" + member.accountId + "/role", "{\"role\":\"MENTOR\",\"version\":0}"), 409);
        JsonNode lastLead = body(lead.call("PUT", "/api/v1/teams/" + team + "/members/" + lead.accountId + "/role", "{\"role\":\"MEMBER\",\"version\":1}"), 422);
        JsonNode leaves = body(lead.call("POST", "/api/v1/teams/" + team + "/leave", null), 422);
        HttpResponse<String> notJson = lead.call("POST", "/api/v1/teams", "{\"name\":");

        assertThat(tooLong.get("errors").get("name").asString()).contains("at most 80 characters");
        assertThat(badRole.get("errors").get("role").asString()).contains("lead, mentor or member");
        assertThat(badRole.get("errors").get("email").asString()).contains("email address");
        assertThat(noVersion.get("errors").has("version")).isTrue();
        assertThat(stale.get("current").get("name").asString()).isEqualTo("Renamed");
        assertThat(staleRole.get("title").asString()).isEqualTo("Changed meanwhile");
        assertThat(lastLead.get("errors").get("role").asString()).contains("make someone else lead first");
        assertThat(leaves.get("errors").get("team").asString()).contains("only lead");
        assertThat(notJson.statusCode()).isLessThan(500).isGreaterThanOrEqualTo(400);
    }

    @Test
    void anotherTeamsIdIsNotFoundForEveryCall() {
        ApiClient lead = new ApiClient(port, accounts, "Owner");
        String team = createTeam(lead, "Hidden");
        ApiClient otherLead = new ApiClient(port, accounts, "Other Lead");
        createTeam(otherLead, "Visible");
        String base = "/api/v1/teams/" + team;

        assertThat(otherLead.call(otherLead.read, "GET", base, null).statusCode()).isEqualTo(404);
        assertThat(otherLead.call(otherLead.read, "GET", base + "/invitations", null).statusCode()).isEqualTo(404);
        assertThat(otherLead.call("PUT", base, "{\"name\":\"Mine\",\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(otherLead.call("POST", base + "/invitations", "{\"role\":\"LEAD\"}").statusCode()).isEqualTo(404);
        assertThat(otherLead.call("DELETE", base + "/invitations/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
        assertThat(otherLead.call("POST", base + "/leave", null).statusCode()).isEqualTo(404);
        assertThat(otherLead.call("DELETE", base + "/members/" + lead.accountId, null).statusCode()).isEqualTo(404);
        assertThat(otherLead.call("PUT", base + "/members/" + lead.accountId + "/role", "{\"role\":\"MEMBER\",\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(body(lead.call(lead.read, "GET", base, null), 200).get("members")).hasSize(1);
    }

    @Test
    void aLeadRevokesRemovesAndTheLastOneOutDeletesTheTeam() {
        ApiClient lead = new ApiClient(port, accounts, "Closer");
        String team = createTeam(lead, "Closing");
        ApiClient member = joined(lead, team, "MENTOR");
        String invitation = body(lead.call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"MEMBER\"}"), 201)
                .get("invitation").get("id").asString();

        JsonNode revoked = body(lead.call("DELETE", "/api/v1/teams/" + team + "/invitations/" + invitation, null), 200);
        body(lead.call("DELETE", "/api/v1/teams/" + team + "/invitations/" + invitation, null), 409);
        JsonNode removed = body(lead.call("DELETE", "/api/v1/teams/" + team + "/members/" + member.accountId, null), 200);
        JsonNode left = body(lead.call("POST", "/api/v1/teams/" + team + "/leave", null), 200);

        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertThat(removed.get("members")).hasSize(1);
        assertThat(left.get("teamDeleted").asBoolean()).isTrue();
        assertThat(member.call(member.read, "GET", "/api/v1/teams/" + team, null).statusCode()).isEqualTo(404);
    }
}
