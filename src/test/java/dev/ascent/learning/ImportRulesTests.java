package dev.ascent.learning;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import file meets the rules of every other write: each bad value is named by its path in
 * the file, all at once, and nothing is imported. The page says the same in a form message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    /** A small valid export of the learning section: one enrolment with a note, a link, time, a project, and a journal entry. */
    private ObjectNode export() {
        return (ObjectNode) json.readTree("""
                {"format": "ascent/export@1", "learning": {
                  "enrollments": [{
                    "enrollment": {"roadmapId": "senior-judgment", "startDate": "2026-07-01", "weeklyHours": 5, "status": "ACTIVE"},
                    "topics": [{"topicId": "system-context-map", "status": "DONE", "proficiency": "NONE", "byAssessment": false,
                                "startedOn": "2026-07-02", "doneOn": "2026-07-03", "reviewStep": 0, "reviewDue": "2026-07-06"}],
                    "projects": [],
                    "notes": [{"topic_id": "system-context-map", "body": "# Notes"}],
                    "links": [{"topic_id": "system-context-map", "title": "A link", "url": "https://example.org/a"}],
                    "time": [{"topicId": "system-context-map", "day": "2026-11-20", "minutes": 50, "kind": "THEORY"}]
                  }],
                  "journal": [{"day": "2026-11-19", "title": "A day", "body": "text", "tags": ["x"], "topics": ["senior-judgment/system-context-map"]}]
                }}""");
    }

    private static ObjectNode enrollment(ObjectNode export) {
        return (ObjectNode) export.get("learning").get("enrollments").get(0);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("a javascript: link", "learning.enrollments[0].links[0].url",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("links").get(0)).put("url", "javascript:alert(1)")),
                Arguments.of("a 900,000-character journal body (10 MB stops at the JSON reader)", "learning.journal[0].body",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) e.get("learning").get("journal").get(0)).put("body", "x".repeat(900_000))),
                Arguments.of("900,000 characters of notes", "learning.enrollments[0].notes[0].body",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("notes").get(0)).put("body", "x".repeat(900_000))),
                Arguments.of("1,000 links on a topic", "learning.enrollments[0].links[30]",
                        (Consumer<ObjectNode>) e -> {
                            ArrayNode links = (ArrayNode) enrollment(e).get("links");
                            for (int i = 0; i < 999; i++) {
                                links.add(links.get(0).deepCopy());
                            }
                        }),
                Arguments.of("a 100,000-character title", "learning.journal[0].title",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) e.get("learning").get("journal").get(0)).put("title", "t".repeat(100_000))),
                Arguments.of("a day in year 9999", "learning.journal[0].day",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) e.get("learning").get("journal").get(0)).put("day", "9999-01-01")),
                Arguments.of("a roadmap that does not exist", "learning.enrollments[0].enrollment.roadmapId",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("enrollment")).put("roadmapId", "no-such-roadmap")),
                Arguments.of("a topic the roadmap does not have", "learning.enrollments[0].topics[0].topicId",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("topics").get(0)).put("topicId", "no-such-topic")),
                Arguments.of("a review step off the ladder", "learning.enrollments[0].topics[0].reviewStep",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("topics").get(0)).put("reviewStep", 99)),
                Arguments.of("a link title with a control character", "learning.enrollments[0].links[0].title",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("links").get(0)).put("title", "bell\u0007")),
                Arguments.of("more than a day of minutes on one day", "learning.enrollments[0].time[1].minutes",
                        (Consumer<ObjectNode>) e -> {
                            ArrayNode time = (ArrayNode) enrollment(e).get("time");
                            ((ObjectNode) time.get(0)).put("minutes", 1000);
                            time.add(time.get(0).deepCopy());
                        }),
                Arguments.of("time in the future", "learning.enrollments[0].time[0].day",
                        (Consumer<ObjectNode>) e -> ((ObjectNode) enrollment(e).get("time").get(0)).put("day", "2199-01-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void refusesAFileThatBreaksAWriteRuleNamingThePlaceAndImportingNothing(String what, String path, Consumer<ObjectNode> breakIt) {
        ApiClient client = new ApiClient(port, accounts, "Importer");
        ObjectNode file = export();
        breakIt.accept(file);

        HttpResponse<String> response = client.call("POST", "/api/v1/me/import", json.writeValueAsString(file));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").has(path)).as(response.body()).isTrue();
        assertThat(problem.get("detail").asString()).contains("Nothing was imported.");
        assertThat(response.body().length()).isLessThan(32 * 1024);
        assertThat(json.readTree(client.call("GET", "/api/v1/enrollments", null).body()).size()).isZero();
        assertThat(json.readTree(client.call("GET", "/api/v1/journal", null).body()).size()).isZero();
    }

    @Test
    void listsEveryProblemAtOnce() {
        ApiClient client = new ApiClient(port, accounts, "Importer");
        ObjectNode file = export();
        ((ObjectNode) enrollment(file).get("links").get(0)).put("url", "javascript:alert(1)");
        ((ObjectNode) enrollment(file).get("enrollment")).put("weeklyHours", 0);
        ((ObjectNode) file.get("learning").get("journal").get(0)).put("title", "nul\u0000");

        HttpResponse<String> response = client.call("POST", "/api/v1/me/import", json.writeValueAsString(file));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body()).get("errors").propertyNames()).containsExactly(
                "learning.enrollments[0].enrollment.weeklyHours", "learning.enrollments[0].links[0].url", "learning.journal[0].title");
    }

    @Test
    void importsTheSoundFile() {
        ApiClient client = new ApiClient(port, accounts, "Importer");

        HttpResponse<String> response = client.call("POST", "/api/v1/me/import", json.writeValueAsString(export()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(client.call("GET", "/api/v1/journal", null).body()).size()).isEqualTo(1);
    }

    @Test
    void thePageNamesTheProblemsInAFormMessage() throws Exception {
        String email = WebSession.uniqueEmail("import-page");
        WebSession session = new WebSession(port).signUp("Importer", email, PASSWORD);
        ObjectNode file = export();
        ((ObjectNode) enrollment(file).get("links").get(0)).put("url", "javascript:alert(1)");

        HttpResponse<String> response = postFile(session, json.writeValueAsBytes(file));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Nothing was imported.", "learning.enrollments[0].links[0].url: Give an http(s) address");
    }

    /** The import form as a browser sends it: multipart, with the CSRF token from the account page. */
    private HttpResponse<String> postFile(WebSession session, byte[] file) throws Exception {
        String csrf = WebSession.csrfFrom(session.get("/account").body());
        String boundary = "----ascent" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.json\"\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", session.sessionCookie())
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
