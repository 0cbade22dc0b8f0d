package dev.ascent.practice.internal;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Publication;
import dev.ascent.practice.Scenario;
import dev.ascent.practice.ScenarioFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Custom scenarios: uploaded by an administrator (page and API) or loaded from a directory, versioned like roadmaps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScenarioPublishingTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Practice practice;

    @Autowired
    ScenarioStore store;

    private String adminToken;
    private WebSession adminPages;

    @BeforeEach
    void admin() {
        String email = WebSession.uniqueEmail("scenario-admin");
        UUID id = accounts.signUp("Scenario admin", email, WebSession.PASSWORD, "test").value().id();
        jdbc.sql("update accounts.accounts set role = 'ADMIN' where id = :id").param("id", id).update();
        adminToken = accounts.createToken(id, "automation", "READ_WRITE", "test").value().secret();
        adminPages = new WebSession(port);
        adminPages.signIn(email, WebSession.PASSWORD);
    }

    /** The fixture scenario with a fresh id, linked to real topics. */
    private static String scenario(String id, int version, String title) {
        return ScenarioFixtures.VALID.replace("id: slow-checkout", "id: " + id).replace("version: 2", "version: " + version)
                .replace("title: Checkout got slow on Fridays", "title: " + title)
                .replace("topics: [backend/caching, backend/sql-basics]", "topics: [senior-judgment/choose-under-tradeoffs]");
    }

    private HttpResponse<String> api(String path, String body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    @Test
    void theApiPublishesUnderTheVersioningRulesAndReportsEveryProblem() {
        String id = "api-scenario-" + UUID.randomUUID().toString().substring(0, 8);

        var created = api("/api/v1/admin/scenarios?file=team.yaml", scenario(id, 1, "First"));
        var unchanged = api("/api/v1/admin/scenarios?file=team.yaml", scenario(id, 1, "First"));
        var sameVersionChanged = api("/api/v1/admin/scenarios?file=team.yaml", scenario(id, 1, "Changed"));
        var upgraded = api("/api/v1/admin/scenarios?file=team.yaml", scenario(id, 2, "Second"));
        var older = api("/api/v1/admin/scenarios?file=team.yaml", scenario(id, 1, "Old"));
        var invalid = api("/api/v1/admin/scenarios?file=broken.yaml", scenario(id, 3, "Third").replace("quality: weak", "quality: dire"));
        var validated = api("/api/v1/admin/scenarios/validate", scenario(id, 9, "Preview"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(read(created).get("outcome").asString()).isEqualTo("PUBLISHED");
        assertThat(read(unchanged).get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(sameVersionChanged.statusCode()).isEqualTo(409);
        assertThat(read(sameVersionChanged).get("detail").asString()).contains("raise 'version' to 2");
        assertThat(upgraded.statusCode()).isEqualTo(200);
        assertThat(read(upgraded).get("version").asInt()).isEqualTo(2);
        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(read(older).get("detail").asString()).contains("older than the published version 2");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(read(invalid).get("problems").get(0).get("text").asString())
                .isEqualTo("broken.yaml:37: options[0].quality: must be one of 'strong', 'mixed' or 'weak', not 'dire'");
        assertThat(read(validated).get("valid").asBoolean()).isTrue();
        assertThat(practice.scenario(id).orElseThrow().title()).as("validating publishes nothing").isEqualTo("Second");
    }

    @Test
    void anAttemptKeepsTheVersionItWasStartedWith() {
        String id = "versioned-" + UUID.randomUUID().toString().substring(0, 8);
        api("/api/v1/admin/scenarios", scenario(id, 1, "The first wording"));
        WebSession learner = new WebSession(port).signUp("Vera Version", WebSession.uniqueEmail("version"), WebSession.PASSWORD);
        String attempt = WebSession.target(learner.post("/scenarios/" + id, "/practice/scenarios/" + id + "/attempts", Map.of()));

        api("/api/v1/admin/scenarios", scenario(id, 2, "The second wording"));

        assertThat(learner.get(attempt).body()).contains("The first wording", "This scenario has a newer version");
        assertThat(learner.get("/scenarios/" + id).body()).contains("The second wording");
    }

    @Test
    void theUploadPageShowsEveryProblemWithItsLineAndPublishes() {
        String id = "page-scenario-" + UUID.randomUUID().toString().substring(0, 8);

        var report = adminPages.post("/admin/scenarios", "/admin/scenarios",
                Map.of("text", scenario(id, 1, "Paged").replace("unit: ms", "unit: ''"), "action", "validate"));
        var published = adminPages.post("/admin/scenarios", "/admin/scenarios", Map.of("text", scenario(id, 1, "Paged"), "action", "publish"));
        var empty = adminPages.post("/admin/scenarios", "/admin/scenarios", Map.of("text", "", "action", "publish"));

        assertThat(report.statusCode()).isEqualTo(422);
        assertThat(report.body()).contains("pasted.yaml: 1 problem", "line 15", "signals[0].unit", "must not be empty");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("published " + id + " version 1", "Paged");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Choose a YAML file or paste one.");
    }

    @Test
    void loadsValidFilesFromTheDirectoryAndKeepsBrokenOnesOut(@TempDir Path dir) throws Exception {
        String id = "team-scenario-" + UUID.randomUUID().toString().substring(0, 8);
        Files.createDirectories(dir.resolve("team"));
        Files.writeString(dir.resolve("team/" + id + ".yaml"), scenario(id, 1, "From the team's repository"));
        Files.writeString(dir.resolve("broken.yml"), "format: ascent/scenario@1\nid: broken-team-scenario\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        new ScenarioLoader(practice, store, dir.toString()).run(new DefaultApplicationArguments());

        assertThat(practice.scenario(id)).get().extracting(s -> s.title()).isEqualTo("From the team's repository");
        assertThat(practice.scenario("broken-team-scenario")).isEmpty();
        assertThat(practice.scenarios()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void aBuiltInScenarioNoLongerShippedIsRetiredWithItsAttemptsKeptAndPublishingItAgainBringsItBack() throws Exception {
        String id = "retiring-" + UUID.randomUUID().toString().substring(0, 8);
        practice.publish("scenarios/" + id + ".yaml", scenario(id, 1, "Soon to be retired"), Publication.Source.BUILTIN);
        WebSession unfinished = new WebSession(port).signUp("Una Unfinished", WebSession.uniqueEmail("retired"), WebSession.PASSWORD);
        String open = WebSession.target(unfinished.post("/scenarios/" + id, "/practice/scenarios/" + id + "/attempts", Map.of()));
        WebSession newcomer = new WebSession(port).signUp("Nico Newcomer", WebSession.uniqueEmail("retired"), WebSession.PASSWORD);

        new ScenarioLoader(practice, store, "").run(new DefaultApplicationArguments());   // this release does not ship the file

        assertThat(practice.retired(id)).isTrue();
        assertThat(practice.scenarios()).extracting(Scenario::id).doesNotContain(id, "solve-it-now").contains("fragile-part-nobody-touches");
        assertThat(newcomer.get("/scenarios").body()).doesNotContain("Soon to be retired");
        assertThat(newcomer.get("/scenarios/" + id).body()).contains("Soon to be retired", "This scenario was retired from the library");
        var refused = newcomer.post("/scenarios/" + id, "/practice/scenarios/" + id + "/attempts", Map.of());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("was retired from the library");
        assertThat(WebSession.target(unfinished.post("/scenarios/" + id, "/practice/scenarios/" + id + "/attempts", Map.of())))
                .as("an unfinished attempt can still be finished").isEqualTo(open);
        assertThat(unfinished.get(open).body()).contains("Soon to be retired");

        api("/api/v1/admin/scenarios", scenario(id, 2, "Back in the library"));

        assertThat(practice.retired(id)).isFalse();
        assertThat(practice.scenarios()).extracting(Scenario::id).contains(id);
    }

    @Test
    void earlierVersionsShipWithTheAppSoOldAttemptsAndImportsFindTheirText() {
        // solve-it-now left the library: kept at its last version, retired
        assertThat(practice.version("solve-it-now", 1)).get().extracting(Scenario::title).asString().contains("order id is running out");
        assertThat(practice.retired("solve-it-now")).isTrue();
        // corrected scenarios: the new version is current, the one attempts were answered against is kept
        assertThat(practice.scenario("retry-storm").orElseThrow().version()).isEqualTo(2);
        assertThat(practice.version("retry-storm", 1)).isPresent();
        assertThat(practice.scenario("zero-downtime-migration").orElseThrow().version()).isEqualTo(2);
        assertThat(practice.version("zero-downtime-migration", 1)).isPresent();
        assertThat(practice.retired("retry-storm")).isFalse();

        // the next start finds the file byte for byte among the kept versions and skips validating it; any change is validated
        assertThat(store.isKeptSource("scenarios/previous/retry-storm-1.yaml", builtInPrevious("retry-storm-1.yaml"))).isTrue();
        assertThat(store.isKeptSource("scenarios/previous/retry-storm-1.yaml", builtInPrevious("retry-storm-1.yaml") + "\n")).isFalse();
        assertThat(store.isKeptSource("scenarios/previous/other.yaml", builtInPrevious("retry-storm-1.yaml"))).isFalse();
        var again = practice.keepEarlierVersion("scenarios/previous/retry-storm-1.yaml", builtInPrevious("retry-storm-1.yaml"));
        assertThat(again.outcome()).isEqualTo(Publication.Outcome.UNCHANGED);
        var newer = practice.keepEarlierVersion("late.yaml", builtInPrevious("retry-storm-1.yaml").replace("version: 1", "version: 7"));
        assertThat(newer.outcome()).as("an earlier version never replaces the current one").isEqualTo(Publication.Outcome.REFUSED);
        assertThat(practice.scenario("retry-storm").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anExportedAttemptAtTheRetiredScenarioImportsOnAFreshServerAndShowsTheTextItWasAnsweredAgainst() throws Exception {
        String email = WebSession.uniqueEmail("retired-import");
        UUID learner = accounts.signUp("Ida Import", email, WebSession.PASSWORD, "test").value().id();
        String token = accounts.createToken(learner, "import", "READ_WRITE", "test").value().secret();
        String file = "{\"format\":\"ascent/export@1\",\"practice\":{\"attempts\":[{\"scenarioId\":\"solve-it-now\",\"scenarioVersion\":1,"
                + "\"number\":1,\"step\":\"FRAME\",\"framing\":\"The sequence runs out, not the rows.\",\"questions\":\"\",\"ownOption\":\"\","
                + "\"recordContext\":\"\",\"recordOptions\":\"\",\"recordDecision\":\"\",\"recordConsequences\":\"\",\"ratings\":{},"
                + "\"reflection\":\"\",\"startedAt\":\"2026-11-01T10:00:00Z\",\"updatedAt\":\"2026-11-01T10:00:00Z\",\"version\":0}],\"decisions\":[]}}";

        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var attempt = practice.attempts(learner, "solve-it-now");
        assertThat(attempt).singleElement().satisfies(a -> assertThat(a.framing()).isEqualTo("The sequence runs out, not the rows."));
        WebSession session = new WebSession(port);
        session.signIn(email, WebSession.PASSWORD);
        assertThat(session.get("/practice/attempts/" + attempt.getFirst().id()).body())
                .contains("The order id is running out of integers", "The sequence runs out, not the rows.");
    }

    private static String builtInPrevious(String file) {
        try {
            return Files.readString(Path.of("src/main/resources/scenarios/previous", file));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
