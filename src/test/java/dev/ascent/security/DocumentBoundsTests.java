package dev.ascent.security;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every document input (roadmap and scenario YAML through the API and the upload pages, JSON
 * bodies and import files) is bounded in what it may expand to, and every answer to it is small.
 * The time limits only stop a hang (the probe's attack took 49 s and a 977 MB answer); they measure nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentBoundsTests {

    private static final Duration HANG = Duration.ofSeconds(20);
    /** Far above any honest answer to these inputs, far below the attack's. */
    private static final int SMALL = 64 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private String adminToken;
    private WebSession adminPages;

    @BeforeEach
    void admin() {
        String email = WebSession.uniqueEmail("bounds-admin");
        UUID id = accounts.signUp("Bounds", email, PASSWORD, "test").value().id();
        jdbc.sql("update accounts.accounts set role = 'ADMIN' where id = :id").param("id", id).update();
        adminToken = accounts.createToken(id, "automation", "READ_WRITE", "test").value().secret();
        adminPages = new WebSession(port);
        adminPages.signIn(email, PASSWORD);
    }

    private HttpResponse<String> send(String path, String contentType, String body) {
        return assertTimeoutPreemptively(HANG, () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The probe's attack: one 100 KB scalar aliased a thousand times, in a file of about 126 KB. */
    private static String aliasedScalar(String format) {
        return "format: " + format + "\nid: amplified\nversion: 1\ntitle: &big \"" + "x".repeat(100 * 1024) + "\"\n"
                + "topics:\n" + "  - *big\n".repeat(1000);
    }

    private static String billionLaughs(String format) {
        StringBuilder yaml = new StringBuilder("format: " + format + "\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("a%d: &a%d [%s]\n".formatted(level, level, String.join(", ", Collections.nCopies(9, "*a" + (level - 1)))));
        }
        return yaml.toString();
    }

    @Test
    void answersTheAliasAttackOnEveryYamlPathWithASmallProblem() {
        for (String path : new String[] {"/api/v1/admin/roadmaps/validate", "/api/v1/admin/roadmaps"}) {
            HttpResponse<String> response = send(path, "application/yaml", aliasedScalar("ascent/roadmap@1"));
            assertThat(response.statusCode()).as(path).isEqualTo(422);
            assertThat(response.body().length()).as(path).isLessThan(SMALL);
            assertThat(response.body()).as(path).contains("expands to more than 2,097,152 characters");
        }
        for (String path : new String[] {"/api/v1/admin/scenarios/validate", "/api/v1/admin/scenarios"}) {
            HttpResponse<String> response = send(path, "application/yaml", aliasedScalar("ascent/scenario@1"));
            assertThat(response.statusCode()).as(path).isEqualTo(422);
            assertThat(response.body().length()).as(path).isLessThan(SMALL);
            assertThat(response.body()).as(path).contains("expands to more than 2,097,152 characters");
        }
        for (String page : new String[] {"/admin/roadmaps", "/admin/scenarios"}) {
            String format = page.endsWith("roadmaps") ? "ascent/roadmap@1" : "ascent/scenario@1";
            HttpResponse<String> response = assertTimeoutPreemptively(HANG, () -> adminPages.post(page, page, Map.of("text", aliasedScalar(format))));
            assertThat(response.statusCode()).as(page).isEqualTo(422);
            // the page shows the pasted text again (126 KB), and the problem once
            assertThat(response.body().length()).as(page).isLessThan(SMALL + 130 * 1024);
            assertThat(response.body()).as(page).contains("expands to more than 2,097,152 characters");
        }
    }

    @Test
    void answersABillionLaughsWithASmallProblem() {
        HttpResponse<String> roadmap = send("/api/v1/admin/roadmaps/validate", "application/yaml", billionLaughs("ascent/roadmap@1"));
        HttpResponse<String> scenario = send("/api/v1/admin/scenarios/validate", "application/yaml", billionLaughs("ascent/scenario@1"));

        assertThat(roadmap.statusCode()).isEqualTo(422);
        assertThat(roadmap.body().length()).isLessThan(SMALL);
        assertThat(roadmap.body()).contains("not valid YAML");
        assertThat(scenario.statusCode()).isEqualTo(422);
        assertThat(scenario.body().length()).isLessThan(SMALL);
    }

    @Test
    void reportsAtMostAHundredShortProblems() {
        StringBuilder yaml = new StringBuilder("format: ascent/roadmap@1\nid: many-problems\nversion: 1\ntitle: T\ntopics:\n");
        String longId = "Not_An_Id_".repeat(1_000);
        for (int i = 0; i < 150; i++) {
            yaml.append("  - {id: ").append(longId).append(i).append(", title: T, level: junior, kind: theory, hours: 2, summary: S}\n");
        }

        HttpResponse<String> response = send("/api/v1/admin/roadmaps/validate", "application/yaml", yaml.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(response.body()).get("problems");
        assertThat(problems.size()).isEqualTo(100);
        problems.forEach(p -> assertThat(p.get("message").asString().length()).isLessThanOrEqualTo(500));
        assertThat(problems.get(99).get("message").asString()).startsWith("and ").endsWith("more problems; fix these first and validate again");
        assertThat(response.body().length()).isLessThan(2 * SMALL);
    }

    @Test
    void answersAnEnormousVersionNumberWithAProblemNamingIt() {
        String yaml = """
                format: ascent/roadmap@1
                id: huge-version
                version: 1e999999999
                title: T
                """;

        HttpResponse<String> response = send("/api/v1/admin/roadmaps/validate", "application/yaml", yaml);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("version: must be a whole number, not '1e999999999'");
    }

    private String learnerToken() {
        return accounts.createToken(accounts.signUp("Json", WebSession.uniqueEmail("json"), PASSWORD, "test").value().id(),
                "t", "READ_WRITE", "test").value().secret();
    }

    private HttpResponse<String> asLearner(String token, String path, String body) {
        return assertTimeoutPreemptively(HANG, () -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void quotesOnlyAShortPieceOfALongValueInAProblem() {
        String longId = "x".repeat(500_000);

        HttpResponse<String> enrol = asLearner(learnerToken(), "/api/v1/enrollments", "{\"roadmapId\":\"" + longId + "\"}");
        HttpResponse<String> imported = asLearner(learnerToken(), "/api/v1/me/import", "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":["
                + "{\"enrollment\":{\"roadmapId\":\"" + longId + "\",\"startDate\":\"2026-01-01\"}}]}}");

        assertThat(enrol.statusCode()).isEqualTo(404);
        assertThat(enrol.body().length()).isLessThan(SMALL);
        assertThat(imported.statusCode()).isEqualTo(422);
        assertThat(imported.body().length()).isLessThan(SMALL);
        assertThat(imported.body()).contains("learning.enrollments[0].enrollment.roadmapId");
    }

    @Test
    void boundsEveryJsonBody() {
        String token = learnerToken();
        String longString = "{\"format\":\"ascent/export@1\",\"learning\":{\"journal\":[{\"title\":\"" + "x".repeat(2_000_000) + "\"}]}}";
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        for (String body : new String[] {longString, deep}) {
            HttpResponse<String> response = assertTimeoutPreemptively(HANG, () -> http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/me/import"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body().length()).isLessThan(SMALL);
            assertThat(response.body()).contains("The request body is larger than Ascent accepts");
        }
    }
}
