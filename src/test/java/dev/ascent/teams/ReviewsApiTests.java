package dev.ascent.teams;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.learning.Enrollment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static dev.ascent.teams.ReviewFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews through the API: ask, queue, read, score, decide, iterate and sign off; bad input as problem JSON naming the
 * field, stale versions as 409, a team or review one may not see as 404, the queue 403 to members, writes need a write token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Teams teams;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    JsonMapper json;

    private ApiClient lead;
    private ApiClient mentor;
    private ApiClient member;
    private ApiClient other;
    private String base;
    private Enrollment enrollment;

    @BeforeEach
    void aTeam() {
        lead = new ApiClient(port, accounts, "Api Lead");
        UUID team = saved(teams.create(lead.accountId, new TeamForm("Api reviews"))).id();
        mentor = joined(team, TeamRole.MENTOR, "Api Mentor");
        member = joined(team, TeamRole.MEMBER, "Api Member");
        other = joined(team, TeamRole.MEMBER, "Api Other");
        base = "/api/v1/teams/" + team + "/reviews";
        enrollment = fixtures.enrol(member.accountId, ReviewFixtures.ROADMAP);
    }

    private ApiClient joined(UUID team, TeamRole role, String name) {
        ApiClient person = new ApiClient(port, accounts, name);
        String path = saved(invitations.invite(lead.accountId, team, new InvitationForm(role, null))).path();
        saved(invitations.accept(person.accountId, path.substring("/invitations/".length())));
        return person;
    }

    @Autowired
    Invitations invitations;

    private JsonNode body(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return json.readTree(answer.body());
    }

    @Test
    void aMemberAsksAMentorScoresAndApprovesAndTheMemberReadsTheVerdict() {
        String item = fixtures.submittedProject(member.accountId, enrollment);
        JsonNode asked = body(member.call("POST", base, "{\"item\":\"%s\",\"note\":\"Auth first, please.\"}".formatted(item)), 201);
        String review = base + "/" + asked.get("id").asString();

        JsonNode queue = body(mentor.call(mentor.read, "GET", base, null), 200);
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("memberName").asString()).isEqualTo("Api Member");
        JsonNode scored = body(mentor.call("PUT", review + "/scores", "{\"scores\":[4,4,3,4,4],\"version\":0}"), 200);
        assertThat(scored.get("latestScores").toString()).isEqualTo("[4,4,3,4,4]");
        body(mentor.call("POST", review + "/verdict", "{\"verdict\":\"approved\",\"body\":\"Good work.\",\"version\":1}"), 200);

        JsonNode read = body(member.call(member.read, "GET", review, null), 200);
        assertThat(read.get("review").get("state").asString()).isEqualTo("APPROVED");
        assertThat(read.get("entries")).hasSize(3);
        assertThat(read.get("entries").get(2).get("bodyHtml").asString()).contains("Good work.");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndAStaleVersionIsAConflict() {
        String item = fixtures.submittedProject(member.accountId, enrollment);
        String review = base + "/" + body(member.call("POST", base, "{\"item\":\"%s\"}".formatted(item)), 201).get("id").asString();

        JsonNode outOfRange = body(mentor.call("PUT", review + "/scores", "{\"scores\":[4,4,7,4,4],\"version\":0}"), 422);
        assertThat(outOfRange.toString()).contains("scores[2]", "from 1 (not yet) to 4 (fully)");
        assertThat(body(mentor.call("POST", review + "/verdict", "{\"verdict\":\"maybe\",\"version\":0}"), 422).toString()).contains("verdict");
        assertThat(body(mentor.call("POST", review + "/comments", "{\"body\":\"x\"}"), 422).toString()).contains("version");
        assertThat(body(member.call("POST", base, "{\"item\":\"%s\"}".formatted(fixtures.decision(other.accountId))), 422).toString())
                .contains("item", ReviewItems.NO_SUCH_ITEM);
        assertThat(body(member.call("POST", review + "/verdict", "{\"verdict\":\"APPROVED\",\"version\":0}"), 422).toString())
                .contains("verdict", "cannot review your own work");

        body(mentor.call("POST", review + "/comments", "{\"body\":\"First.\",\"version\":0}"), 200);
        JsonNode stale = body(lead.call("POST", review + "/verdict", "{\"verdict\":\"APPROVED\",\"version\":0}"), 409);
        assertThat(stale.get("current").get("review").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void outsideTheTeamEverythingIsNotFoundTheQueueIsForMentorsAndWritesNeedAWriteToken() {
        String review = base + "/" + body(member.call("POST", base, "{\"item\":\"%s\"}".formatted(fixtures.decision(member.accountId))), 201)
                .get("id").asString();
        ApiClient outsider = new ApiClient(port, accounts, "Api Outsider");

        assertThat(outsider.call("GET", base, null).statusCode()).isEqualTo(404);
        assertThat(outsider.call("GET", review, null).statusCode()).isEqualTo(404);
        assertThat(outsider.call("POST", base, "{\"item\":\"%s\"}".formatted(fixtures.decision(outsider.accountId))).statusCode()).isEqualTo(404);
        assertThat(other.call("GET", review, null).statusCode()).as("another member does not see it").isEqualTo(404);
        assertThat(other.call("GET", base, null).statusCode()).isEqualTo(403);
        assertThat(mentor.call(mentor.read, "POST", review + "/comments", "{\"body\":\"Read only.\",\"version\":0}").statusCode()).isEqualTo(403);
    }

    @Test
    void aMentorSignsOffACheckpointAndDeclinesNeedAReason() {
        JsonNode asked = body(member.call("POST", base, "{\"item\":\"checkpoint:%s:%s\"}".formatted(enrollment.id(), ReviewFixtures.CHECKPOINT)), 201);
        String review = base + "/" + asked.get("id").asString();

        assertThat(body(mentor.call("POST", review + "/decline", "{\"body\":\"\",\"version\":0}"), 422).toString()).contains("body");
        JsonNode signed = body(mentor.call("POST", review + "/sign-off", "{\"body\":\"Well done.\",\"version\":0}"), 200);

        assertThat(signed.get("review").get("state").asString()).isEqualTo("SIGNED_OFF");
        assertThat(signed.get("review").get("decidedBy").asString()).isEqualTo("Api Mentor");
        JsonNode journey = body(member.call(member.read, "GET", "/api/v1/enrollments/" + enrollment.id(), null), 200);
        assertThat(journey.toString()).contains("Api Mentor");
    }

    @Test
    void theReviewRoutesAreInTheOpenApiDocument() {
        JsonNode docs = body(member.call(member.read, "GET", "/v3/api-docs", null), 200);

        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/teams/{teamId}/reviews", "/api/v1/teams/{teamId}/reviews/{reviewId}",
                "/api/v1/teams/{teamId}/reviews/{reviewId}/scores", "/api/v1/teams/{teamId}/reviews/{reviewId}/verdict",
                "/api/v1/teams/{teamId}/reviews/{reviewId}/sign-off", "/api/v1/teams/{teamId}/reviews/{reviewId}/iterations",
                "/api/v1/teams/{teamId}/reviews/{reviewId}/withdraw");
    }

    @Test
    void theMemberWithdrawsAWaitingRequestWithAWriteTokenAtTheVersionRead() {
        String item = fixtures.decision(member.accountId);
        String review = base + "/" + body(member.call("POST", base, "{\"item\":\"%s\"}".formatted(item)), 201).get("id").asString();
        ApiClient outsider = new ApiClient(port, accounts, "Api Outsider");

        assertThat(outsider.call("POST", review + "/withdraw", "{\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(other.call("POST", review + "/withdraw", "{\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(mentor.call("POST", review + "/withdraw", "{\"version\":0}").statusCode()).as("only the member who asked").isEqualTo(403);
        assertThat(member.call(member.read, "POST", review + "/withdraw", "{\"version\":0}").statusCode()).as("a read token").isEqualTo(403);
        assertThat(body(member.call("POST", review + "/withdraw", "{}"), 422).toString()).contains("version");
        JsonNode stale = body(member.call("POST", review + "/withdraw", "{\"version\":3}"), 409);
        assertThat(stale.get("current").get("review").get("state").asString()).isEqualTo("OPEN");

        JsonNode withdrawn = body(member.call("POST", review + "/withdraw", "{\"version\":0}"), 200);

        assertThat(withdrawn.get("review").get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(body(mentor.call(mentor.read, "GET", base, null), 200)).isEmpty();
        assertThat(body(mentor.call("POST", review + "/comments", "{\"body\":\"Too late?\",\"version\":1}"), 422).toString())
                .contains("body", "withdrew this request");
        assertThat(body(member.call("POST", review + "/withdraw", "{\"version\":1}"), 422).toString()).contains("review", "withdrew this request already");
        body(member.call("POST", base, "{\"item\":\"%s\"}".formatted(item)), 201);
        assertThat(body(mentor.call(mentor.read, "GET", base, null), 200)).hasSize(1);
    }
}
