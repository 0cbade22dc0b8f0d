package dev.ascent.security;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.catalog.Catalog;
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
import java.util.Map;
import java.util.UUID;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators manage accounts and publish roadmaps, through pages and through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private UUID adminId;
    private String adminEmail;
    private String adminToken;
    private WebSession adminPages;

    @BeforeEach
    void admin() {
        adminEmail = "boss-" + UUID.randomUUID() + "@example.org";
        adminId = accounts.signUp("Boss", adminEmail, PASSWORD, "test").value().id();
        jdbc.sql("update accounts.accounts set role = 'ADMIN' where id = :id").param("id", adminId).update();
        adminToken = accounts.createToken(adminId, "automation", "READ_WRITE", "test").value().secret();
        adminPages = new WebSession(port);
        adminPages.signIn(adminEmail, PASSWORD);
    }

    private HttpResponse<String> api(String method, String path, String contentType, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String roadmap(String id, int version, String title) {
        return """
                format: ascent/roadmap@1
                id: %s
                version: %d
                title: %s
                summary: Published by an administrator.
                levels: {from: junior, to: senior}
                phases:
                  - id: one
                    title: One
                    groups: [{id: g, title: G, topics: [t]}]
                topics:
                  - {id: t, title: T, level: junior, kind: theory, hours: 2, summary: A topic.}
                """.formatted(id, version, title);
    }

    @Test
    void searchesAccountsByTheStartOfTheirEmailOrName() {
        String email = "zed-" + UUID.randomUUID() + "@example.org";
        accounts.signUp("Zelda Searchable", email, PASSWORD, "test");

        String byEmail = adminPages.get("/admin/users?q=" + email.substring(0, 12)).body();
        String byName = adminPages.get("/admin/users?q=zelda").body();
        String nothing = adminPages.get("/admin/users?q=%25").body();

        assertThat(byEmail).contains(email);
        assertThat(byName).contains("Zelda Searchable");
        assertThat(nothing).contains("No accounts match.");
    }

    @Test
    void disablingAnAccountSignsItOutAndStopsItsTokens() {
        String email = "victim-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.signUp("Vic", email, PASSWORD, "test").value().id();
        String token = accounts.createToken(id, "t", "READ", "test").value().secret();
        WebSession victim = new WebSession(port);
        victim.signIn(email, PASSWORD);
        assertThat(victim.get("/account").statusCode()).isEqualTo(200);

        var response = adminPages.post("/admin/users", "/admin/users/" + id + "/enabled", Map.of("enabled", "false"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(adminPages.get("/admin/users").body()).contains(email + " is now disabled.");
        assertThat(victim.get("/account").statusCode()).as("signed out everywhere").isEqualTo(302);
        var withToken = http(token);
        assertThat(withToken.statusCode()).isEqualTo(401);
        assertThat(victim.signIn(email, PASSWORD).headers().firstValue("Location").orElse("")).endsWith("/sign-in?error=disabled");
    }

    @Test
    void anAdministratorCannotDisableOrDemoteThemselves() {
        adminPages.post("/admin/users", "/admin/users/" + adminId + "/enabled", Map.of("enabled", "false"));
        assertThat(adminPages.get("/admin/users").body()).contains("You cannot disable your own account.");

        var demote = api("PUT", "/api/v1/admin/users/" + adminId + "/role", "application/json", "{\"role\":\"LEARNER\"}");
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(demote.body()).contains("You cannot remove your own administrator role");
    }

    @Test
    void theAdminApiManagesAccountsAndNamesBadInput() {
        UUID id = accounts.signUp("Api target", "apitarget-" + UUID.randomUUID() + "@example.org", PASSWORD, "test").value().id();

        var promoted = api("PUT", "/api/v1/admin/users/" + id + "/role", "application/json", "{\"role\":\"admin\"}");
        var badRole = api("PUT", "/api/v1/admin/users/" + id + "/role", "application/json", "{\"role\":\"WIZARD\"}");
        var missing = api("PUT", "/api/v1/admin/users/" + id + "/enabled", "application/json", "{}");
        var unknown = api("PUT", "/api/v1/admin/users/" + UUID.randomUUID() + "/enabled", "application/json", "{\"enabled\":false}");
        var notJson = api("PUT", "/api/v1/admin/users/" + id + "/enabled", "application/json", "enabled=false");
        var notAUuid = api("PUT", "/api/v1/admin/users/not-a-uuid/enabled", "application/json", "{\"enabled\":false}");

        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(read(promoted).get("role").asString()).isEqualTo("ADMIN");
        assertThat(badRole.statusCode()).isEqualTo(422);
        assertThat(read(badRole).get("errors").get("role").asString()).isEqualTo("Choose ADMIN or LEARNER.");
        assertThat(read(missing).get("errors").get("enabled").asString()).isEqualTo("Send true or false.");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notAUuid.statusCode()).isEqualTo(400);
        for (var problem : new HttpResponse[]{badRole, missing, unknown, notJson, notAUuid}) {
            assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        var audit = api("GET", "/api/v1/admin/audit", "application/json", "");
        assertThat(audit.body()).contains("ROLE_CHANGED");
    }

    @Test
    void aChoiceThatCannotBeReadIsRefusedOnThePagesAndInTheApi() {
        String email = "unread-" + UUID.randomUUID() + "@example.org";
        UUID id = accounts.signUp("Una Read", email, PASSWORD, "test").value().id();

        var enabledPage = adminPages.post("/admin/users", "/admin/users/" + id + "/enabled", Map.of("enabled", "maybe"));
        String afterEnabled = adminPages.get("/admin/users").body();
        var rolePage = adminPages.post("/admin/users", "/admin/users/" + id + "/role", Map.of("role", "WIZARD"));
        String afterRole = adminPages.get("/admin/users").body();
        var enabledApi = api("PUT", "/api/v1/admin/users/" + id + "/enabled", "application/json", "{\"enabled\":\"maybe\"}");
        var roleApi = api("PUT", "/api/v1/admin/users/" + id + "/role", "application/json", "{\"role\":[\"ADMIN\"]}");

        // the pages answer with the list of accounts, the problem above it, as they do for every refusal
        assertThat(enabledPage.statusCode()).isEqualTo(302);
        assertThat(afterEnabled).contains("Send true or false.");
        assertThat(rolePage.statusCode()).isEqualTo(302);
        assertThat(afterRole).contains("Choose ADMIN or LEARNER.");
        assertThat(enabledApi.statusCode()).isEqualTo(422);
        assertThat(read(enabledApi).get("errors").get("enabled").asString()).isEqualTo("Send true or false.");
        assertThat(roleApi.statusCode()).isEqualTo(422);
        assertThat(read(roleApi).get("errors").get("role").asString()).isEqualTo("Choose ADMIN or LEARNER.");
        var unchanged = accounts.find(id).orElseThrow();
        assertThat(unchanged.enabled()).isTrue();
        assertThat(unchanged.admin()).isFalse();
    }

    @Test
    void publishesARoadmapThroughTheApiUnderTheVersioningRules() {
        String id = "admin-api-" + UUID.randomUUID().toString().substring(0, 8);

        var created = api("POST", "/api/v1/admin/roadmaps?file=team.yaml", "application/yaml", roadmap(id, 1, "First"));
        var unchanged = api("POST", "/api/v1/admin/roadmaps?file=team.yaml", "application/yaml", roadmap(id, 1, "First"));
        var upgraded = api("POST", "/api/v1/admin/roadmaps?file=team.yaml", "application/yaml", roadmap(id, 2, "Second"));
        var downgrade = api("POST", "/api/v1/admin/roadmaps?file=team.yaml", "application/yaml", roadmap(id, 1, "Old"));
        var invalid = api("POST", "/api/v1/admin/roadmaps?file=broken.yaml", "application/yaml", roadmap(id, 3, "Third").replace("hours: 2", "hours: lots"));
        var validated = api("POST", "/api/v1/admin/roadmaps/validate", "application/yaml", roadmap(id, 9, "Preview"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(read(created).get("outcome").asString()).isEqualTo("PUBLISHED");
        assertThat(read(unchanged).get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(upgraded.statusCode()).isEqualTo(200);
        assertThat(read(upgraded).get("version").asInt()).isEqualTo(2);
        assertThat(downgrade.statusCode()).isEqualTo(409);
        assertThat(read(downgrade).get("detail").asString()).contains("older than the published version 2");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(read(invalid).get("problems").get(0).get("text").asString())
                .isEqualTo("broken.yaml:12: topics[0].hours: must be a whole number, not 'lots'");
        assertThat(read(validated).get("valid").asBoolean()).isTrue();
        assertThat(catalog.roadmap(id).orElseThrow().version()).as("validating publishes nothing").isEqualTo(2);
    }

    @Test
    void refusesUnreadableUploadsWithAClearProblem() {
        var notUtf8 = http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/roadmaps"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'i', 'd', ':', ' ', (byte) 0xFF, (byte) 0xFE})));
        var huge = api("POST", "/api/v1/admin/roadmaps", "application/yaml", "# " + "x".repeat(3 * 1024 * 1024));
        var json = api("POST", "/api/v1/admin/roadmaps", "application/json", "{}");

        assertThat(notUtf8.statusCode()).isEqualTo(422);
        assertThat(read(notUtf8).get("detail").asString()).isEqualTo("roadmap.yaml: the file is not UTF-8 text; save it as UTF-8");
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(read(huge).get("detail").asString()).contains("a roadmap may be at most 2.0 MB");
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void theUploadPageShowsEveryProblemWithItsLineAndPublishes() {
        String id = "admin-page-" + UUID.randomUUID().toString().substring(0, 8);

        var report = adminPages.post("/admin/roadmaps", "/admin/roadmaps",
                Map.of("text", roadmap(id, 1, "Paged").replace("kind: theory", "kind: reading"), "action", "validate"));
        var published = adminPages.post("/admin/roadmaps", "/admin/roadmaps", Map.of("text", roadmap(id, 1, "Paged"), "action", "publish"));
        var empty = adminPages.post("/admin/roadmaps", "/admin/roadmaps", Map.of("text", "", "action", "publish"));

        assertThat(report.statusCode()).isEqualTo(422);
        // Thymeleaf escaped ' in text as &#39;, jte does not (both are safe there)
        assertThat(report.body().replace("&#39;", "'")).contains("pasted.yaml: 1 problem", "line 12", "topics[0].kind",
                "must be one of 'theory', 'practice' or 'community', not 'reading'");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("published " + id + " version 1");
        assertThat(catalog.roadmap(id)).isPresent();
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Choose a YAML file or paste one.");
    }

    private HttpResponse<String> http(String token) {
        return http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me")).header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
