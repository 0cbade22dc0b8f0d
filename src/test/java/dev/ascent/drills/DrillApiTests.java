package dev.ascent.drills;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drills through the API: the library tells an on-call nothing of the hidden faults; a play is started, stepped and
 * acted on; every bad input is a problem document naming its field; a stale version is a 409 with the play as it
 * stands; another person's play is a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrillApiTests {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired JsonMapper json;

    private JsonNode body(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    @Test
    void theLibraryKeepsTheFaultsHidden() {
        ApiClient api = new ApiClient(port, accounts, "Api Library");
        JsonNode drills = body(api.call(null, "GET", "/api/v1/drills", null), 200);
        assertThat(drills).hasSize(6);
        JsonNode drill = body(api.call(null, "GET", "/api/v1/drills/bad-deploy-latency", null), 200);
        assertThat(drill.has("faults")).isFalse();
        assertThat(drill.has("solution")).isFalse();
        assertThat(drill.has("rootCause")).isFalse();
        assertThat(drill.get("actions").get(0).get("id").asString()).isEqualTo("rollback");
        assertThat(api.call(null, "GET", "/api/v1/drills/no-such-drill", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aPlayIsStartedSteppedAndActedOnAndBadInputIsAProblemNamingTheField() {
        ApiClient api = new ApiClient(port, accounts, "Api Player");
        ApiClient other = new ApiClient(port, accounts, "Api Other");
        assertThat(body(api.call("POST", "/api/v1/drills/plays", "{\"drill\":\"nope\"}"), 422).get("errors").has("drill")).isTrue();
        String id = body(api.call("POST", "/api/v1/drills/plays", "{\"drill\":\"bad-deploy-latency\"}"), 201).get("id").asString();
        String play = "/api/v1/drills/plays/" + id;

        JsonNode state = body(api.call("GET", play, null), 200);
        assertThat(state.get("paused").asBoolean()).isTrue();
        assertThat(state.has("faults")).as("the fault times are hidden while it runs").isFalse();
        assertThat(body(api.call("POST", play + "/clock", "{\"command\":\"fast-forward\",\"version\":0}"), 422).get("errors").has("command")).isTrue();
        assertThat(body(api.call("POST", play + "/clock", "{\"speed\":7,\"version\":0}"), 422).get("errors").has("speed")).isTrue();
        state = body(api.call("POST", play + "/clock", "{\"command\":\"step-60\",\"version\":0}"), 200);
        assertThat(state.get("clockSeconds").asDouble()).isEqualTo(60);

        int version = state.get("version").asInt();
        assertThat(body(api.call("POST", play + "/actions", "{\"action\":\"rollback\"}"), 422).get("errors").has("version")).isTrue();
        assertThat(body(api.call("POST", play + "/actions", "{\"action\":\"reboot\",\"version\":" + version + "}"), 422).get("errors").has("action")).isTrue();
        assertThat(body(api.call("POST", play + "/acknowledgements", "{\"alert\":\"slow-site\",\"version\":" + version + "}"), 422)
                .get("errors").has("alert")).isTrue();
        state = body(api.call("POST", play + "/actions", "{\"action\":\"scale-web\",\"version\":" + version + "}"), 200);
        assertThat(state.get("entries").get(0).get("ref").asString()).isEqualTo("scale-web");
        JsonNode stale = body(api.call("POST", play + "/actions", "{\"action\":\"rollback\",\"version\":" + version + "}"), 409);
        assertThat(stale.get("current").get("entries")).hasSize(1);

        assertThat(body(api.call("PUT", play + "/debrief", "{\"sections\":{\"summary\":\"Early\"},\"version\":0}"), 422).get("errors").has("play")).isTrue();
        assertThat(body(api.call("PUT", play + "/debrief", "{\"sections\":{\"gossip\":\"x\"},\"version\":0}"), 422).get("errors").has("sections.gossip")).isTrue();
        assertThat(api.call(api.read, "POST", play + "/actions", "{\"action\":\"rollback\",\"version\":" + state.get("version").asInt() + "}").statusCode())
                .as("a read token changes nothing").isEqualTo(403);

        assertThat(other.call("GET", play, null).statusCode()).isEqualTo(404);
        assertThat(other.call("POST", play + "/actions", "{\"action\":\"rollback\",\"version\":" + state.get("version").asInt() + "}").statusCode()).isEqualTo(404);
        assertThat(other.call("GET", play + "/debrief", null).statusCode()).isEqualTo(404);
        assertThat(body(api.call("GET", "/api/v1/drills/plays", null), 200)).hasSize(1);
    }
}
