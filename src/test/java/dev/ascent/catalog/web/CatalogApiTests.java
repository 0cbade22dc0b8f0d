package dev.ascent.catalog.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP against the app with its embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    dev.ascent.accounts.TestAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    private record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer get(String path) {
        return client().get().uri(path).accept(MediaType.APPLICATION_JSON).exchange((request, response) -> {
            String text = new String(response.getBody().readAllBytes());
            String type = String.valueOf(response.getHeaders().getContentType());
            return new Answer(response.getStatusCode().value(), type, text.isEmpty() ? null : json.readTree(text));
        });
    }

    @Test
    void listsTheThreeBuiltInRoadmapsWithTheirCounts() {
        Answer answer = get("/api/v1/roadmaps");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().valueStream().map(r -> r.get("id").asString()))
                .contains("backend-junior-to-senior", "backend-growth-map", "senior-judgment");
        JsonNode path = answer.body().valueStream().filter(r -> r.get("id").asString().equals("backend-junior-to-senior")).findFirst().orElseThrow();
        assertThat(path.get("phases").asInt()).isEqualTo(5);
        assertThat(path.get("projects").asInt()).isEqualTo(12);
        assertThat(path.get("checkpoints").asInt()).isEqualTo(4);
        assertThat(path.get("levels").get("from").asString()).isEqualTo("junior");
        assertThat(path.get("duration").get("maxMonths").asInt()).isEqualTo(24);
    }

    @Test
    void servesARoadmapInFullInTheFileFormat() {
        Answer answer = get("/api/v1/roadmaps/backend-junior-to-senior");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode roadmap = answer.body();
        assertThat(roadmap.get("weekly").get("hours").get("min").asInt()).isEqualTo(10);
        assertThat(roadmap.get("weekly").get("mix").get("theory").toString()).isEqualTo("[6,8]");
        assertThat(roadmap.get("phases").get(0).get("months").toString()).isEqualTo("[1,6]");
        assertThat(roadmap.get("phases").get(1).get("months").toString()).isEqualTo("[3,9]");
        assertThat(roadmap.get("checkpoints").valueStream().map(c -> c.get("month").asInt())).containsExactly(6, 12, 18, 24);
    }

    @Test
    void servesATopicWithWhereItSitsAndWhatBuildsOnIt() {
        JsonNode roadmap = get("/api/v1/roadmaps/backend-junior-to-senior").body();
        JsonNode withPrerequisite = roadmap.get("topics").valueStream()
                .filter(t -> t.has("requires") && !t.get("requires").isEmpty()).findFirst().orElseThrow();
        String prerequisite = withPrerequisite.get("requires").get(0).asString();

        Answer answer = get("/api/v1/roadmaps/backend-junior-to-senior/topics/" + prerequisite);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("topic").get("id").asString()).isEqualTo(prerequisite);
        assertThat(answer.body().get("phase").get("id").asString()).isNotBlank();
        assertThat(answer.body().get("neededBy").valueStream().map(r -> r.get("id").asString()))
                .contains(withPrerequisite.get("id").asString());
    }

    @Test
    void answersAnUnknownRoadmapWithAProblemDocument() {
        Answer answer = get("/api/v1/roadmaps/no-such-roadmap");

        assertThat(answer.status()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(404);
        assertThat(answer.body().get("detail").asString()).isEqualTo("There is no roadmap with id 'no-such-roadmap'");
        assertThat(answer.body().get("instance").asString()).isEqualTo("/api/v1/roadmaps/no-such-roadmap");
    }

    @Test
    void answersAnUnknownTopicWithAProblemDocument() {
        Answer answer = get("/api/v1/roadmaps/senior-judgment/topics/no-such-topic");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).isEqualTo("Roadmap 'senior-judgment' has no topic with id 'no-such-topic'");
    }

    @Test
    void answersUnknownApiPathsAndHostileIdsWithProblemsNotStackTraces() {
        for (String path : new String[]{"/api/v1/nothing-here", "/api/v1/roadmaps/%3Cscript%3E", "/api/v1/roadmaps/x'%20or%201=1--",
                "/api/v1/roadmaps/" + "a".repeat(5000)}) {
            Answer answer = get(path);
            // unknown API paths need a token before anything else is said about them
            assertThat(answer.status()).as(path).isIn(400, 401, 404);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.body().toString()).as(path).doesNotContain("Exception", "at dev.ascent", "<script>");
        }
    }

    @Test
    void servesTheYamlSourceAndTheChangelog() {
        String yaml = client().get().uri("/api/v1/roadmaps/senior-judgment/source").retrieve().body(String.class);
        assertThat(yaml).contains("format: ascent/roadmap@1", "id: senior-judgment");

        Answer releases = get("/api/v1/roadmaps/senior-judgment/releases");
        assertThat(releases.status()).isEqualTo(200);
        assertThat(releases.body().get(0).get("version").asInt()).isEqualTo(1);
        assertThat(releases.body().get(0).get("source").asString()).isEqualTo("builtin");
    }

    @Test
    void publishesTheSchemaAndTheOpenApiDescription() {
        Answer schema = get("/schemas/roadmap-v1.json");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.body().get("properties").get("format").get("const").asString()).isEqualTo("ascent/roadmap@1");

        Answer openApi = get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().get("paths").propertyNames())
                .contains("/api/v1/roadmaps", "/api/v1/roadmaps/{id}", "/api/v1/roadmaps/{id}/topics/{topicId}");
    }

    @Test
    void reportsHealthToAnyoneAndMetricsToAdministratorsOnly() {
        assertThat(get("/actuator/health/liveness").body().get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").body().get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus").status()).isEqualTo(401);

        var admin = accounts.signUp("Metrics admin", "metrics-" + java.util.UUID.randomUUID() + "@example.org",
                "lantern orbit maple quietly 7", "test").value();
        jdbc.sql("update accounts.accounts set role = 'ADMIN' where id = :id").param("id", admin.id()).update();
        String token = accounts.createToken(admin.id(), "prometheus", "READ", "test").value().secret();
        String metrics = client().get().uri("/actuator/prometheus").header("Authorization", "Bearer " + token).retrieve().body(String.class);
        assertThat(metrics).contains("jvm_memory_used_bytes", "http_server_requests");
        assertThat(metrics).as("every cache's hits and misses").contains("cache_gets_total{cache=\"roadmaps\"",
                "cache_gets_total{cache=\"rendered-fragments\"", "cache_size{cache=\"scenarios\"");
    }
}
