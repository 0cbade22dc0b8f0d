package dev.ascent.teams;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.learning.Learning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead's view, privacy and assignments through the API: JSON with the pages' rules, problems naming the field. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamOverviewApiTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    Learning learning;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    @Test
    void aLeadReadsTheOverviewAndMembersPrivacyShowsAsNotShared() {
        ApiClient lead = new ApiClient(port, accounts, "Api Overview Lead");
        ApiClient member = new ApiClient(port, accounts, "Api Hider");
        UUID team = fixtures.team(lead.accountId, "API overview");
        fixtures.join(lead.accountId, team, member.accountId, TeamRole.MEMBER);
        fixtures.follow(member.accountId, learning.today().minusWeeks(3), 10, 2);
        String path = "/api/v1/teams/" + team;

        JsonNode before = body(lead.call(lead.read, "GET", path + "/overview", null), 200);
        JsonNode settings = body(member.call(member.read, "GET", path + "/privacy", null), 200);
        body(member.call("PUT", path + "/privacy", "{\"sharePlan\":true,\"version\":0}"), 200);
        JsonNode stale = body(member.call("PUT", path + "/privacy", "{\"sharePlan\":true,\"version\":0}"), 409);
        JsonNode noVersion = body(member.call("PUT", path + "/privacy", "{\"sharePlan\":true}"), 422);
        OpenReviewRows.asked(jdbc, team, member.accountId, ReviewState.OPEN, java.time.Duration.ofDays(4).plusHours(1));
        JsonNode after = body(lead.call(lead.read, "GET", path + "/overview?sort=-pace", null), 200);

        JsonNode row = before.get("rows").valueStream().filter(r -> r.get("name").asString().equals("Api Hider")).findFirst().orElseThrow();
        assertThat(row.get("reviews").get("count").asInt()).isZero();
        assertThat(row.get("progress").asString()).isEqualTo("SHOWN");
        assertThat(row.get("percentDone").asInt()).isPositive();
        assertThat(row.get("cells").size()).isEqualTo(fixtures.roadmap().phases().size());
        assertThat(before.get("roadmap").get("id").asString()).isEqualTo(TeamFixtures.ROADMAP);
        assertThat(settings.get("shareProgress").asBoolean()).isTrue();
        assertThat(stale.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(noVersion.get("errors").has("version")).isTrue();
        JsonNode hidden = after.get("rows").valueStream().filter(r -> r.get("name").asString().equals("Api Hider")).findFirst().orElseThrow();
        assertThat(hidden.get("progress").asString()).isEqualTo("NOT_SHARED");
        assertThat(hidden.get("percentDone") == null || hidden.get("percentDone").isNull()).as("absent").isTrue();
        assertThat(hidden.get("plan").asString()).isEqualTo("SHOWN");
        assertThat(hidden.get("reviews").get("count").asInt()).as("open reviews show whatever is shared").isEqualTo(1);
        assertThat(hidden.get("reviews").get("oldestDays").asInt()).isEqualTo(4);
        assertThat(hidden.get("reviews").get("oldestAskedAt").asString()).isNotBlank();
        assertThat(after.get("sort").asString()).isEqualTo("-pace");
        assertThat(body(member.call(member.read, "GET", path + "/overview", null), 403).get("detail").asString())
                .contains("Only a lead or a mentor");
        ApiClient outsider = new ApiClient(port, accounts, "Api Outsider");
        assertThat(outsider.call(outsider.read, "GET", path + "/overview", null).statusCode()).isEqualTo(404);
        assertThat(outsider.call(outsider.read, "GET", path + "/privacy", null).statusCode()).isEqualTo(404);
    }

    @Test
    void assignmentsAreRefusedByFieldAndAnsweredOnce() {
        ApiClient lead = new ApiClient(port, accounts, "Api Assigner");
        ApiClient member = new ApiClient(port, accounts, "Api Assignee");
        ApiClient other = new ApiClient(port, accounts, "Api Other Lead");
        UUID team = fixtures.team(lead.accountId, "API assignments");
        UUID otherTeam = fixtures.team(other.accountId, "API elsewhere");
        fixtures.join(lead.accountId, team, member.accountId, TeamRole.MEMBER);
        UUID elsewhere = fixtures.join(other.accountId, otherTeam, "Api Elsewhere", TeamRole.MEMBER);
        String path = "/api/v1/teams/" + team + "/assignments";
        String today = learning.today().toString();

        JsonNode nonMember = body(lead.call("POST", path, "{\"member\":\"%s\",\"roadmapId\":\"%s\",\"startDate\":\"%s\",\"weeklyHours\":5}"
                .formatted(elsewhere, TeamFixtures.ROADMAP, today)), 422);
        JsonNode unknown = body(lead.call("POST", path, "{\"member\":\"all\",\"roadmapId\":\"nope\",\"startDate\":\"%s\",\"weeklyHours\":5}"
                .formatted(today)), 422);
        JsonNode absurd = body(lead.call("POST", path, "{\"member\":\"all\",\"roadmapId\":\"%s\",\"startDate\":\"2000-01-01\",\"weeklyHours\":-3}"
                .formatted(TeamFixtures.ROADMAP)), 422);
        HttpResponse<String> readOnly = lead.call(lead.read, "POST", path, "{\"member\":\"all\"}");
        HttpResponse<String> byMember = member.call("POST", path, "{\"member\":\"all\",\"roadmapId\":\"%s\",\"startDate\":\"%s\",\"weeklyHours\":5}"
                .formatted(TeamFixtures.ROADMAP, today));
        JsonNode made = body(lead.call("POST", path, "{\"member\":\"all\",\"roadmapId\":\"%s\",\"startDate\":\"%s\",\"weeklyHours\":5}"
                .formatted(TeamFixtures.ROADMAP, today)), 201);
        String id = made.get(0).get("id").asString();
        JsonNode noVersion = body(member.call("POST", path + "/" + id + "/accept", "{}"), 422);
        JsonNode stale = body(member.call("POST", path + "/" + id + "/accept", "{\"version\":3}"), 409);
        JsonNode accepted = body(member.call("POST", path + "/" + id + "/accept", "{\"version\":0}"), 200);
        JsonNode again = body(member.call("POST", path + "/" + id + "/decline", "{\"version\":0}"), 409);
        JsonNode listed = body(lead.call(lead.read, "GET", path, null), 200);
        HttpResponse<String> wordForHours = lead.call("POST", path, "{\"member\":\"all\",\"roadmapId\":\"x\",\"startDate\":\"soon\",\"weeklyHours\":\"many\"}");
        HttpResponse<String> notJson = lead.call("POST", path, "{\"member\":");
        HttpResponse<String> wordForShare = member.call("PUT", "/api/v1/teams/" + team + "/privacy", "{\"shareProgress\":\"maybe\",\"version\":0}");
        HttpResponse<String> unknownAssignment = member.call("POST", path + "/" + UUID.randomUUID() + "/accept", "{\"version\":0}");

        assertThat(nonMember.get("errors").get("member").asString()).isEqualTo("Choose someone in this team.");
        assertThat(unknown.get("errors").has("roadmapId")).isTrue();
        assertThat(absurd.get("errors").has("startDate")).isTrue();
        assertThat(absurd.get("errors").has("weeklyHours")).isTrue();
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(byMember.statusCode()).isEqualTo(403);
        assertThat(made).hasSize(1);
        assertThat(noVersion.get("errors").has("version")).isTrue();
        assertThat(stale.get("status").asInt()).isEqualTo(409);
        assertThat(accepted.get("kept").asBoolean()).isFalse();
        assertThat(accepted.get("assignment").get("state").asString()).isEqualTo("ENROLLED");
        assertThat(again.get("current").get("state").asString()).isEqualTo("ENROLLED");
        assertThat(listed.get(0).get("state").asString()).isEqualTo("ENROLLED");
        assertThat(learning.enrollmentFor(member.accountId, TeamFixtures.ROADMAP)).isPresent();
        assertThat(wordForHours.statusCode()).as(wordForHours.body()).isBetween(400, 499);
        assertThat(notJson.statusCode()).isBetween(400, 499);
        assertThat(wordForShare.statusCode()).as(wordForShare.body()).isBetween(400, 499);
        assertThat(unknownAssignment.statusCode()).isEqualTo(404);
    }
}
