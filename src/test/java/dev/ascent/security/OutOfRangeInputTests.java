package dev.ascent.security;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days and numbers outside what anyone means (years -4713 or ±999999999, 0 or a billion hours,
 * NUL characters) sent to every date and number field of the API, the forms and the import:
 * each answers a 422 problem naming the field, or a form message, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutOfRangeInputTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private WebSession pages;
    private String enrollment;

    @BeforeEach
    void learner() {
        String email = WebSession.uniqueEmail("range");
        UUID id = accounts.signUp("Range", email, PASSWORD, "test").value().id();
        token = accounts.createToken(id, "t", "READ_WRITE", "test").value().secret();
        pages = new WebSession(port);
        pages.signIn(email, PASSWORD);
        enrollment = json.readTree(api("POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\"}").body()).get("id").asString();
    }

    private HttpResponse<String> api(String method, String path, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
    }

    /** A problem document (422) whose errors name the field. */
    private void expectProblem(List<String> failures, String what, HttpResponse<String> response, String field) {
        if (response.statusCode() != 422) {
            failures.add("%s: %d %s".formatted(what, response.statusCode(), response.body()));
            return;
        }
        JsonNode errors = json.readTree(response.body()).path("errors");
        if (!errors.has(field)) {
            failures.add("%s: no error for '%s' in %s".formatted(what, field, response.body()));
        }
    }

    /** A page answering with a form message (422) that contains {@code message}. */
    private static void expectFormMessage(List<String> failures, String what, HttpResponse<String> response, String message) {
        if (response.statusCode() != 422 || !response.body().contains(message)) {
            failures.add("%s: %d without '%s'".formatted(what, response.statusCode(), message));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4713-01-01", "+999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-01-01", "1899-12-31"})
    void everyDayFieldRefusesADayOutsideTheYearsPeopleMean(String day) {
        List<String> failures = new ArrayList<>();
        String d = quoted(day);

        expectProblem(failures, "journal API", api("POST", "/api/v1/journal", "{\"title\":\"t\",\"day\":" + d + "}"), "day");
        expectProblem(failures, "enrol API", api("POST", "/api/v1/enrollments", "{\"roadmapId\":\"backend-growth-map\",\"startDate\":" + d + "}"), "startDate");
        expectProblem(failures, "time API", api("POST", "/api/v1/enrollments/" + enrollment + "/time", "{\"minutes\":\"30\",\"day\":" + d + "}"), "day");
        expectProblem(failures, "decision API", api("POST", "/api/v1/decisions", "{\"title\":\"t\",\"status\":\"accepted\",\"decidedOn\":" + d + "}"), "decidedOn");
        expectProblem(failures, "decision API revisit", api("POST", "/api/v1/decisions",
                "{\"title\":\"t\",\"status\":\"accepted\",\"decidedOn\":\"2026-10-01\",\"revisitOn\":" + d + "}"), "revisitOn");
        String imported = "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":{\"roadmapId\":\"senior-judgment\",\"startDate\":" + d + "},"
                + "\"time\":[{\"day\":" + d + ",\"minutes\":30,\"kind\":\"THEORY\"}]}],\"journal\":[{\"day\":" + d + ",\"title\":\"t\"}]}}";
        HttpResponse<String> importAnswer = importInto(imported);
        expectProblem(failures, "import start", importAnswer, "learning.enrollments[0].enrollment.startDate");
        expectProblem(failures, "import time", importAnswer, "learning.enrollments[0].time[0].day");
        expectProblem(failures, "import journal", importAnswer, "learning.journal[0].day");

        expectFormMessage(failures, "journal page", pages.post("/learn/journal", "/learn/journal", Map.of("day", day, "title", "t")), "in the years 1900");
        expectFormMessage(failures, "time page", pages.post("/learn/" + enrollment, "/learn/" + enrollment + "/time",
                Map.of("day", day, "minutes", "30")), "in the years 1900");
        expectFormMessage(failures, "weeks off page", pages.post("/learn/" + enrollment + "/plan", "/learn/" + enrollment + "/plan/weeks-off",
                Map.of("day", day)), "in the years 1900");
        expectFormMessage(failures, "decision page", pages.post("/practice/decisions/new", "/practice/decisions",
                Map.of("title", "t", "status", "accepted", "decidedOn", day)), "Write the date as YYYY-MM-DD.");
        HttpResponse<String> removeWeekOff = pages.post("/learn/" + enrollment + "/plan",
                "/learn/" + enrollment + "/plan/weeks-off/" + URLEncoder.encode(day, StandardCharsets.UTF_8) + "/delete", Map.of());
        if (removeWeekOff.statusCode() != 400) {
            failures.add("remove week off: " + removeWeekOff.statusCode());
        }

        assertThat(failures).isEmpty();
    }

    /** Each probe input to an import, with the path its problem must name. */
    static Stream<Arguments> badImportValues() {
        String enrol = "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\",\"weeklyHours\":%s}}]}}";
        String time = "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\"},"
                + "\"time\":[{\"day\":\"2026-11-01\",\"minutes\":%s,\"kind\":\"THEORY\"}]}]}}";
        String journal = "{\"format\":\"ascent/export@1\",\"learning\":{\"journal\":[{\"day\":\"2026-11-01\",\"title\":%s}]}}";
        String notes = "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\"},"
                + "\"notes\":[{\"topic_id\":\"system-context-map\",\"body\":%s}]}]}}";
        String start = "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":{\"roadmapId\":\"senior-judgment\",\"startDate\":%s}}]}}";
        String weekly = "learning.enrollments[0].enrollment.weeklyHours";
        return Stream.of(
                Arguments.of(enrol.formatted("0"), weekly),
                Arguments.of(enrol.formatted("-1"), weekly),
                Arguments.of(enrol.formatted("1000000000"), weekly),
                Arguments.of(enrol.formatted("100000000000000000000"), weekly),
                Arguments.of(enrol.formatted("\"eight\""), weekly),
                Arguments.of(time.formatted("-100000"), "learning.enrollments[0].time[0].minutes"),
                Arguments.of(time.formatted("1.5"), "learning.enrollments[0].time[0].minutes"),
                Arguments.of(journal.formatted("\"nul\\u0000byte\""), "learning.journal[0].title"),
                Arguments.of(journal.formatted("{\"not\":\"text\"}"), "learning.journal[0].title"),
                Arguments.of(notes.formatted("\"nul\\u0000byte\""), "learning.enrollments[0].notes[0].body"),
                Arguments.of(start.formatted("\"\\uFFFF garbage \\u0000\""), "learning.enrollments[0].enrollment.startDate"),
                Arguments.of(start.formatted("[1, 2]"), "learning.enrollments[0].enrollment.startDate"));
    }

    @ParameterizedTest
    @MethodSource("badImportValues")
    void everyImportFieldRefusesGarbageNamingItsPlace(String file, String path) {
        List<String> failures = new ArrayList<>();

        expectProblem(failures, "import", importInto(file), path);

        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4713-01-01", "-999999999-01-01", "+999999999-12-31"})
    void thePracticeImportRefusesDaysAndTimesOutsideTheYearsPeopleMean(String day) {
        String decision = "{\"format\":\"ascent/export@1\",\"practice\":{\"attempts\":[],\"decisions\":[{\"number\":1,\"title\":\"t\",\"status\":\"ACCEPTED\","
                + "\"decidedOn\":\"2026-10-01\",\"revisitedOn\":\"" + day + "\",\"tags\":[],\"topics\":[],\"version\":0}]}}";
        String attempt = "{\"format\":\"ascent/export@1\",\"practice\":{\"attempts\":[{\"scenarioId\":\"retry-storm\",\"scenarioVersion\":1,\"number\":1,"
                + "\"step\":\"FRAME\",\"ratings\":{},\"startedAt\":\"" + day + "T10:00:00Z\",\"version\":0}],\"decisions\":[]}}";

        for (String file : List.of(decision, attempt)) {
            HttpResponse<String> response = importInto(file);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            assertThat(response.body()).contains("outside the years 1900");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1000000000", "99999999999999999999", "x"})
    void everyHoursFieldRefusesHoursOutsideAWeek(String hours) {
        List<String> failures = new ArrayList<>();

        expectProblem(failures, "enrol API", api("POST", "/api/v1/enrollments", "{\"roadmapId\":\"backend-growth-map\",\"weeklyHours\":" + quoted(hours) + "}"), "weeklyHours");
        expectProblem(failures, "plan API", api("GET", "/api/v1/enrollments/" + enrollment + "/plan?hours=" + hours, ""), "hours");
        expectProblem(failures, "time API", api("POST", "/api/v1/enrollments/" + enrollment + "/time", "{\"minutes\":" + quoted(hours) + "}"), "minutes");
        HttpResponse<String> plan = pages.get("/learn/" + enrollment + "/plan?hours=" + hours);
        if (plan.statusCode() != 200 || !plan.body().contains("hours")) {
            failures.add("plan page: " + plan.statusCode());
        }

        assertThat(failures).isEmpty();
    }

    private HttpResponse<String> importInto(String file) {
        // a fresh account each time: an import goes only into an account without data
        UUID id = accounts.signUp("Importer", WebSession.uniqueEmail("range-import"), PASSWORD, "test").value().id();
        String fresh = accounts.createToken(id, "t", "READ_WRITE", "test").value().secret();
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/import"))
                    .header("Authorization", "Bearer " + fresh).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
