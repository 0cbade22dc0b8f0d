package dev.ascent.learning;

import dev.ascent.learning.time.WeekHours;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The time log entry by entry: a week at a time, corrected and deleted at the version read, automatic credit named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimeLogTests {

    static final String ROADMAP = "backend-junior-to-senior";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Catalog catalog;

    @Autowired
    Learning learning;

    @Autowired
    dev.ascent.learning.time.PracticeCredit practiceCredit;

    @Autowired
    JsonMapper json;

    private ApiClient api;
    private WebSession learner;
    private String enrollment;
    private Roadmap.Topic first;
    private Roadmap.Topic second;
    private LocalDate today;

    @BeforeEach
    void follow() {
        api = new ApiClient(port, accounts, "Tim Timelog");
        learner = new WebSession(port);
        learner.signIn(accounts.find(api.accountId).orElseThrow().email(), WebSession.PASSWORD);
        var created = api.call("POST", "/api/v1/enrollments", "{\"roadmapId\":\"%s\",\"weeklyHours\":\"10\"}".formatted(ROADMAP));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        enrollment = json.readTree(created.body()).get("id").asString();
        List<Roadmap.Topic> topics = catalog.roadmap(ROADMAP).orElseThrow().topics();
        first = topics.get(0);
        second = topics.get(1);
        today = learning.today();
    }

    private void log(String topicId, LocalDate day, int minutes) {
        var logged = api.call("POST", "/api/v1/enrollments/" + enrollment + "/time",
                "{\"topicId\":\"%s\",\"day\":\"%s\",\"minutes\":\"%d\"}".formatted(topicId, day, minutes));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    }

    private JsonNode week(String query) {
        var week = api.call("GET", "/api/v1/enrollments/" + enrollment + "/time/entries" + query, null);
        assertThat(week.statusCode()).as(week.body()).isEqualTo(200);
        return json.readTree(week.body());
    }

    @Test
    void thePageShowsAWeekAtATimeAndCorrectsAndDeletesEntries() {
        log(first.id(), today, 40);
        log(second.id(), today, 25);
        log(first.id(), today.minusDays(8), 15);
        JsonNode entries = week("").get("entries");
        long edited = entries.get(0).get("id").asLong();
        long deleted = entries.get(1).get("id").asLong();
        String page = "/learn/" + enrollment + "/time";

        assertThat(learner.get("/learn/" + enrollment).body()).contains("See and correct your time log", "href=\"" + page + "\"");
        String shown = learner.get(page).body();
        assertThat(shown).contains("Time log", second.title(), first.title(), "65 min", "Typed by you", "Earlier: week of")
                .contains("name=\"version\" value=\"0\"");

        var saved = learner.post(page, page + "/entries/" + edited, Map.of("day", today.toString(), "topicId", first.id(), "minutes", "55",
                "version", "0", "week", today.toString()));
        assertThat(WebSession.target(saved)).isEqualTo(page + "?week=" + WeekHours.mondayOf(today) + "&saved");
        var gone = learner.post(page, page + "/entries/" + deleted + "/delete", Map.of("version", "0", "week", today.toString()));
        assertThat(WebSession.target(gone)).isEqualTo(page + "?week=" + WeekHours.mondayOf(today) + "&deleted");

        String after = learner.get(page).body();
        assertThat(after).contains("55 min", "name=\"version\" value=\"1\"").doesNotContain("65 min");
        assertThat(week("").get("totalMinutes").asInt()).isEqualTo(55);
        assertThat(week("?week=" + today.minusDays(8)).get("totalMinutes").asInt()).as("the earlier week").isEqualTo(15);
    }

    @Test
    void aStaleEditIsAConflictThatShowsTheEntryAsItIsAndKeepsWhatWasTyped() {
        log(first.id(), today, 40);
        long entry = week("").get("entries").get(0).get("id").asLong();
        String page = "/learn/" + enrollment + "/time";
        assertThat(learner.post(page, page + "/entries/" + entry, Map.of("day", today.toString(), "minutes", "45", "version", "0"))
                .statusCode()).isEqualTo(302);

        var stale = learner.post(page, page + "/entries/" + entry, Map.of("day", today.toString(), "minutes", "77", "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed in another tab or device", "45 min", "value=\"77\"", "name=\"version\" value=\"1\"");
        var staleDelete = learner.post(page, page + "/entries/" + entry + "/delete", Map.of("version", "0"));
        assertThat(staleDelete.statusCode()).isEqualTo(409);
        assertThat(staleDelete.body()).contains("so it was not deleted");

        var apiStale = api.call("PUT", "/api/v1/enrollments/" + enrollment + "/time/entries/" + entry,
                "{\"day\":\"%s\",\"minutes\":\"10\",\"version\":0}".formatted(today));
        assertThat(apiStale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(apiStale.body()).get("current").get("minutes").asInt()).isEqualTo(45);
        assertThat(api.call("DELETE", "/api/v1/enrollments/" + enrollment + "/time/entries/" + entry + "?version=0", null).statusCode())
                .isEqualTo(409);
        assertThat(week("").get("totalMinutes").asInt()).as("nothing lost").isEqualTo(45);
    }

    @Test
    void theApiCorrectsAndDeletesAtTheVersionReadAndNamesBadInput() {
        log(first.id(), today.minusDays(1), 30);
        JsonNode entry = week("?week=" + today.minusDays(1)).get("entries").get(0);
        String path = "/api/v1/enrollments/" + enrollment + "/time/entries/" + entry.get("id").asLong();
        assertThat(entry.get("topicTitle").asString()).isEqualTo(first.title());
        assertThat(entry.get("source").asString()).isEqualTo("manual");

        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"day\":\"%s\",\"minutes\":\"0\",\"version\":0}".formatted(today), "minutes");
        bad.put("{\"day\":\"%s\",\"minutes\":\"-5\",\"version\":0}".formatted(today), "minutes");
        bad.put("{\"day\":\"%s\",\"minutes\":\"1441\",\"version\":0}".formatted(today), "minutes");
        bad.put("{\"day\":\"%s\",\"minutes\":\"x\",\"version\":0}".formatted(today), "minutes");
        bad.put("{\"day\":\"%s\",\"minutes\":30,\"version\":0}".formatted(today.plusDays(1)), "day");
        bad.put("{\"day\":\"%s\",\"minutes\":30,\"version\":0}".formatted(today.minusYears(2)), "day");
        bad.put("{\"day\":\"2026-13-01\",\"minutes\":30,\"version\":0}", "day");
        bad.put("{\"day\":\"1800-01-01\",\"minutes\":30,\"version\":0}", "day");
        bad.put("{\"day\":\"x\",\"minutes\":30,\"version\":0}", "day");
        bad.put("{\"minutes\":30,\"version\":0}", "day");
        bad.put("{\"day\":\"%s\",\"topicId\":\"no-such-topic\",\"minutes\":30,\"version\":0}".formatted(today), "topicId");
        bad.put("{\"day\":\"%s\",\"minutes\":30}".formatted(today), "version");
        bad.forEach((body, field) -> {
            var answer = api.call("PUT", path, body);
            assertThat(answer.statusCode()).as(body).isEqualTo(422);
            assertThat(json.readTree(answer.body()).get("errors").has(field)).as(body + " names " + field).isTrue();
        });
        var page = learner.post("/learn/" + enrollment + "/time", "/learn/" + enrollment + "/time/entries/" + entry.get("id").asLong(),
                Map.of("day", today.toString(), "minutes", "x", "version", "0"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Give the minutes as a whole number", "value=\"x\"");
        assertThat(api.call("GET", "/api/v1/enrollments/" + enrollment + "/time/entries?week=x", null).statusCode()).isEqualTo(422);
        assertThat(learner.get("/learn/" + enrollment + "/time?week=x").body()).contains("Write the week as a day of it");

        var moved = api.call("PUT", path, "{\"day\":\"%s\",\"topicId\":\"%s\",\"minutes\":50,\"version\":0}".formatted(today, second.id()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode now = json.readTree(moved.body());
        assertThat(now.get("minutes").asInt()).isEqualTo(50);
        assertThat(now.get("topicTitle").asString()).isEqualTo(second.title());
        assertThat(now.get("version").asInt()).isEqualTo(1);

        assertThat(api.call("DELETE", path, null).statusCode()).as("without a version").isEqualTo(422);
        assertThat(api.call("DELETE", path + "?version=x", null).statusCode()).isEqualTo(422);
        assertThat(api.call("DELETE", path + "?version=1", null).statusCode()).isEqualTo(204);
        assertThat(api.call("DELETE", path + "?version=1", null).statusCode()).as("already gone").isEqualTo(404);
        assertThat(api.call("PUT", path, "{\"day\":\"%s\",\"minutes\":50,\"version\":1}".formatted(today)).statusCode()).isEqualTo(404);
    }

    @Test
    void aScenarioCreditIsShownAsAutomaticAndAddsUpToTheTimeSpent() {
        String roadmap = ROADMAP + "/";
        java.util.UUID attempt = java.util.UUID.randomUUID();
        assertThat(practiceCredit.credit(api.accountId, attempt, "retry-storm", "Retry storm", List.of(roadmap + first.id(), roadmap + second.id()),
                25, today)).isEqualTo(2);
        assertThat(practiceCredit.credit(api.accountId, attempt, "retry-storm", "Retry storm", List.of(roadmap + first.id(), roadmap + second.id()),
                25, today)).as("the same attempt delivered again (after a crash) credits nothing").isZero();

        JsonNode entries = week("").get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("source").asString()).isEqualTo("scenario");
            assertThat(e.get("scenarioTitle").asString()).isEqualTo("Retry storm");
            assertThat(e.get("kind").asString()).isEqualTo("practice");
        });
        assertThat(week("").get("totalMinutes").asInt()).as("25 minutes shared as 13 and 12, not 12 and 12").isEqualTo(25);
        assertThat(learner.get("/learn/" + enrollment + "/time").body()).containsPattern("Credited automatically by the scenario ('|&#39;)Retry storm('|&#39;)");
        assertThat(learner.get("/learn/" + enrollment).body()).contains("25 min from the scenario 'Retry storm', credited automatically");
    }
}
