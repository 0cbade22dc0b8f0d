package dev.ascent.lab;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab through the API: models open to read, a run of a built-in model with knobs, a model file checked and run,
 * bad input as problem JSON naming the field or the line, runs readable only by their owner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LabApiTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private HttpResponse<String> yaml(String token, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void modelsAreOpenAndARunWithKnobsIsKeptForItsOwner() {
        ApiClient api = new ApiClient(port, accounts, "Api Lab");
        JsonNode models = json.readTree(api.call(null, "GET", "/api/v1/lab/models", null).body());
        assertThat(models).hasSize(dev.ascent.lab.format.ModelLibrary.IDS.size());
        assertThat(models.get(0).path("id").asString()).isEqualTo("slow-consumer-queue");
        assertThat(models.get(0).path("knobs").toString()).contains("processing-queue.consumers");
        assertThat(json.readTree(api.call(null, "GET", "/api/v1/lab/models/retry-storm", null).body()).path("yaml").asString())
                .startsWith("format: ascent/system@1");
        assertThat(api.call(null, "GET", "/api/v1/lab/models/nope", null).statusCode()).isEqualTo(404);

        HttpResponse<String> ran = api.call("POST", "/api/v1/lab/models/slow-consumer-queue/runs",
                "{\"knobs\":{\"processing-queue.consumers\":6},\"predictedP99Ms\":30,\"predictedBottleneck\":\"processing-queue\"}");
        assertThat(ran.statusCode()).isEqualTo(201);
        JsonNode run = json.readTree(ran.body());
        assertThat(run.path("changes").path("processing-queue.consumers").asDouble()).isEqualTo(6.0);
        assertThat(run.path("result").path("seconds")).hasSize(300);
        String id = run.path("id").asString();

        assertThat(json.readTree(api.call(api.read, "GET", "/api/v1/lab/runs", null).body()).get(0).path("id").asString()).isEqualTo(id);
        assertThat(api.call(api.read, "GET", "/api/v1/lab/runs/" + id, null).statusCode()).isEqualTo(200);
        ApiClient other = new ApiClient(port, accounts, "Api Other");
        assertThat(other.call(other.read, "GET", "/api/v1/lab/runs/" + id, null).statusCode()).isEqualTo(404);
        assertThat(api.call(api.read, "POST", "/api/v1/lab/models/slow-consumer-queue/runs", "{}").statusCode()).as("a read token runs nothing").isEqualTo(403);
    }

    @Test
    void badKnobsAndBadFilesAreProblemsNamingTheFieldOrTheLine() throws Exception {
        ApiClient api = new ApiClient(port, accounts, "Api Bad Lab");
        HttpResponse<String> bad = api.call("POST", "/api/v1/lab/models/slow-consumer-queue/runs", "{\"knobs\":{\"processing-queue.consumers\":-1}}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("knobs[processing-queue.consumers]", "Consumers: give a number from 1 to 10000.");

        String broken = """
                format: ascent/system@1
                id: tiny
                title: Tiny
                summary: One service.
                duration: 10s
                workload: {entry: nowhere, arrivals: {poisson: 10}}
                components:
                  - {id: api, kind: service, replicas: 1, concurrency: 1, queue: 10, serviceTime: {exponential: 5ms}}
                """;
        HttpResponse<String> checked = yaml(api.write, "/api/v1/lab/validate", broken);
        assertThat(checked.statusCode()).isEqualTo(422);
        assertThat(checked.body()).contains("nowhere", "\"line\":6");

        String fixed = broken.replace("entry: nowhere", "entry: api");
        assertThat(yaml(api.write, "/api/v1/lab/validate", fixed).statusCode()).isEqualTo(200);
        HttpResponse<String> own = yaml(api.write, "/api/v1/lab/runs?seed=3", fixed);
        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(json.readTree(own.body()).path("modelId").asString()).isEqualTo("tiny");
        assertThat(json.readTree(own.body()).path("seed").asLong()).isEqualTo(3);
    }
}
