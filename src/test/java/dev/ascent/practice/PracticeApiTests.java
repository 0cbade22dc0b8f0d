package dev.ascent.practice;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios and attempts through the API: what is revealed when, drafts and conflicts, problems by field, ownership. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticeApiTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private ApiClient api;

    @BeforeEach
    void account() {
        api = new ApiClient(port, accounts, "Api practitioner");
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private JsonNode submit(String id, int version, String fields) {
        var response = api.call("POST", "/api/v1/attempts/" + id + "/submit", "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    @Test
    void scenariosAreOpenDataWithoutWhatAnAttemptRevealsLater() {
        var list = api.call(null, "GET", "/api/v1/scenarios", null);
        var one = api.call(null, "GET", "/api/v1/scenarios/retry-storm", null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(body(list).size()).isGreaterThanOrEqualTo(15);
        assertThat(body(one).get("signals").get(0).get("type").asString()).isEqualTo("metric");
        assertThat(body(one).get("options").get(0).has("pros")).isTrue();
        assertThat(one.body()).doesNotContain("consequence", "quality", "debrief", "How many pricing attempts", "\"good\"");
        assertThat(body(one).get("rubric").get(0).get("title").asString()).isEqualTo("Sees the feedback loop");
        assertThat(api.call(null, "GET", "/api/v1/scenarios/nope", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anAttemptRevealsQuestionsAfterFramingAndOutcomesAfterTheRecord() {
        var started = api.call("POST", "/api/v1/scenarios/should-we-add-a-queue/attempts", null);
        assertThat(started.statusCode()).isEqualTo(201);
        String id = body(started).get("id").asString();
        assertThat(api.call("POST", "/api/v1/scenarios/should-we-add-a-queue/attempts", null).statusCode()).as("continues the open attempt").isEqualTo(200);

        var draft = api.call("PATCH", "/api/v1/attempts/" + id, "{\"version\":0,\"framing\":\"Something changed recently\",\"optionId\":\"ignored-now\"}");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(body(draft).get("framing").asString()).isEqualTo("Something changed recently");
        assertThat(body(draft).has("optionId")).as("fields of later steps are ignored").isFalse();
        assertThat(body(draft).get("revealed").has("questions")).isFalse();

        var missing = api.call("POST", "/api/v1/attempts/" + id + "/submit", "{\"version\":1}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(body(missing).get("errors").has("questions")).isTrue();

        JsonNode choosing = submit(id, 2, "\"questions\":\"What changed in the receipt reader last week?\"");
        assertThat(choosing.get("step").asString()).isEqualTo("CHOOSE");
        assertThat(choosing.get("revealed").get("questions").size()).isGreaterThan(1);
        assertThat(choosing.get("revealed").has("outcomes")).isFalse();

        String option = body(api.call(null, "GET", "/api/v1/scenarios/should-we-add-a-queue", null)).get("options").get(0).get("id").asString();
        JsonNode recording = submit(id, choosing.get("version").asInt(), "\"optionId\":\"" + option + "\"");
        assertThat(recording.get("recordOptions").asString()).startsWith("- ");
        JsonNode rating = submit(id, recording.get("version").asInt(), "\"recordDecision\":\"" + recording.get("recordDecision").asString().replace("\n", "\\n")
                + "the slow step is one we can move off the request.\",\"recordConsequences\":\"Uploads get fast again within the week.\"");
        assertThat(rating.get("step").asString()).isEqualTo("RATE");
        assertThat(rating.get("revealed").get("outcomes").get(0).get("consequence").asString()).isNotBlank();
        assertThat(rating.get("revealed").get("debrief").asString()).isNotBlank();
        assertThat(rating.get("revealed").get("rubric").get(0).get("good").asString()).isNotBlank();

        var badRating = api.call("POST", "/api/v1/attempts/" + id + "/submit", "{\"version\":" + rating.get("version").asInt() + ",\"ratings\":{\"risk\":9}}");
        assertThat(badRating.statusCode()).isEqualTo(422);
        assertThat(body(badRating).get("errors").get("ratings.risk").asString()).isEqualTo("Rate from 1 (not yet) to 4 (fully).");

        var wordRating = api.call("POST", "/api/v1/attempts/" + id + "/submit", "{\"version\":" + rating.get("version").asInt() + ",\"ratings\":{\"risk\":\"lots\"}}");
        assertThat(wordRating.statusCode()).isEqualTo(422);
        assertThat(body(wordRating).get("errors").get("ratings.risk").asString()).isEqualTo("Give a whole number.");

        StringBuilder all = new StringBuilder();
        body(api.call(null, "GET", "/api/v1/scenarios/should-we-add-a-queue", null)).get("rubric")
                .forEach(c -> all.append(all.isEmpty() ? "" : ",").append('"').append(c.get("id").asString()).append("\":3"));
        JsonNode done = submit(id, rating.get("version").asInt(), "\"ratings\":{" + all + "}");
        assertThat(done.get("step").asString()).isEqualTo("DONE");
        assertThat(done.has("completedAt")).isTrue();

        var retry = api.call("POST", "/api/v1/scenarios/should-we-add-a-queue/attempts", null);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(body(retry).get("number").asInt()).isEqualTo(2);
        assertThat(body(api.call("GET", "/api/v1/attempts?scenario=should-we-add-a-queue", null)).size()).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsAConflictWithTheCurrentAttemptAndAMissingOneIsNamed() {
        String id = body(api.call("POST", "/api/v1/scenarios/flying-blind/attempts", null)).get("id").asString();
        api.call("PATCH", "/api/v1/attempts/" + id, "{\"version\":0,\"framing\":\"first\"}");

        var stale = api.call("PATCH", "/api/v1/attempts/" + id, "{\"version\":0,\"framing\":\"second\"}");
        var noVersion = api.call("PATCH", "/api/v1/attempts/" + id, "{\"framing\":\"third\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body(stale).get("current").get("framing").asString()).isEqualTo("first");
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(body(noVersion).get("errors").get("version").asString()).contains("Send the version you last read");
        var notJson = api.call("PATCH", "/api/v1/attempts/" + id, "{framing");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void attemptsAreTheirOwnersAndReadTokensCannotWrite() {
        String id = body(api.call("POST", "/api/v1/scenarios/flying-blind/attempts", null)).get("id").asString();
        ApiClient other = new ApiClient(port, accounts, "Other practitioner");

        assertThat(other.call("GET", "/api/v1/attempts/" + id, null).statusCode()).isEqualTo(404);
        assertThat(other.call("PATCH", "/api/v1/attempts/" + id, "{\"version\":0,\"framing\":\"mine now\"}").statusCode()).isEqualTo(404);
        assertThat(body(other.call("GET", "/api/v1/attempts", null)).size()).isZero();
        assertThat(other.call("GET", "/api/v1/attempts?scenario=%00", null).statusCode()).isEqualTo(200);
        assertThat(api.call(api.read, "POST", "/api/v1/scenarios/flying-blind/attempts", null).statusCode()).isEqualTo(403);
        assertThat(api.call(api.read, "GET", "/api/v1/attempts/" + id, null).statusCode()).isEqualTo(200);
    }
}
