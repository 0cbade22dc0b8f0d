package dev.ascent.learning;

import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
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
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An export imported into a fresh account restores the learning data exactly (ids and versions aside). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportRoundTripTests {

    /** What legitimately differs between the original and the restored copy. */
    static final Set<String> VOLATILE = Set.of("id", "accountId", "version", "createdAt", "updated_at", "updatedAt", "new", "exportedAt");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private String token() {
        UUID id = accounts.signUp("Round trip", "trip-" + UUID.randomUUID() + "@example.org", "lantern orbit maple quietly 7", "test").value().id();
        return accounts.createToken(id, "t", "READ_WRITE", "test").value().secret();
    }

    private HttpResponse<String> call(String token, String method, String path, String body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode learning(String token) {
        return section(token, "learning");
    }

    private JsonNode section(String token, String name) {
        return strip(json.readTree(call(token, "GET", "/api/v1/me/export", null).body()).get(name).deepCopy());
    }

    private static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            VOLATILE.forEach(object::remove);
            object.properties().forEach(entry -> strip(entry.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(ImportRoundTripTests::strip);
        }
        return node;
    }

    @Autowired
    dev.ascent.learning.time.PracticeCredit practiceCredit;

    @Test
    void scenarioCreditKeepsItsSourceAndOrderThroughARoundTripAndOlderFilesReadAsTypedTime() {
        UUID account = accounts.signUp("Round trip", "trip-" + UUID.randomUUID() + "@example.org", "lantern orbit maple quietly 7", "test").value().id();
        String original = accounts.createToken(account, "t", "READ_WRITE", "test").value().secret();
        String id = json.readTree(call(original, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"weeklyHours\":\"5\"}").body()).get("id").asString();
        String second = json.readTree(call(original, "GET", "/api/v1/enrollments/" + id + "/topics", null).body()).get(1).get("topicId").asString();
        call(original, "POST", "/api/v1/enrollments/" + id + "/time", "{\"topicId\":\"system-context-map\",\"minutes\":\"50\",\"day\":\"2026-11-20\"}");
        practiceCredit.credit(account, java.util.UUID.randomUUID(), "retry-storm", "Retry storm",
                java.util.List.of("senior-judgment/system-context-map", "senior-judgment/" + second), 25, java.time.LocalDate.parse("2026-11-20"));
        String export = call(original, "GET", "/api/v1/me/export", null).body();
        assertThat(export).contains("\"scenarioId\":\"retry-storm\"", "\"scenarioTitle\":\"Retry storm\"");

        String fresh = token();
        var imported = call(fresh, "POST", "/api/v1/me/import", export);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(learning(fresh)).as("three entries of one day, in their order").isEqualTo(learning(original));

        String older = token();
        var withoutSources = call(older, "POST", "/api/v1/me/import", export.replace("\"scenarioId\":\"retry-storm\",", "")
                .replace("\"scenarioTitle\":\"Retry storm\",", "").replace("\"scenarioId\":null,", "").replace("\"scenarioTitle\":null,", ""));
        assertThat(withoutSources.statusCode()).as(withoutSources.body()).isEqualTo(200);
        assertThat(learning(older).get("enrollments").get(0).get("time")).hasSize(3)
                .allSatisfy(t -> assertThat(t.has("scenarioId")).as("typed time").isFalse());
    }

    @Test
    void anExportRestoresExactlyIntoAFreshAccount() {
        String original = token();
        String id = json.readTree(call(original, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\",\"weeklyHours\":\"5\"}").body()).get("id").asString();
        call(original, "PUT", "/api/v1/enrollments/" + id + "/topics/system-context-map", "{\"status\":\"DONE\",\"version\":-1}");
        String second = json.readTree(call(original, "GET", "/api/v1/enrollments/" + id + "/topics", null).body()).get(1).get("topicId").asString();
        call(original, "POST", "/api/v1/enrollments/" + id + "/assessment", "{\"ratings\":{\"" + second + "\":\"WORKING\"}}");
        call(original, "PUT", "/api/v1/enrollments/" + id + "/topics/system-context-map/notes", "{\"body\":\"# Notes\\n**kept**\",\"version\":-1}");
        call(original, "POST", "/api/v1/enrollments/" + id + "/time", "{\"topicId\":\"system-context-map\",\"minutes\":\"50\",\"day\":\"2026-11-20\"}");
        call(original, "PUT", "/api/v1/enrollments/" + id, "{\"weeklyHours\":\"7\",\"startDate\":\"2026-07-06\",\"version\":0}");
        String project = json.readTree(call(original, "GET", "/api/v1/roadmaps/senior-judgment", null).body()).get("projects").get(0).get("id").asString();
        call(original, "PUT", "/api/v1/enrollments/" + id + "/projects/" + project, "{\"repositoryUrl\":\"https://example.org/r\",\"writeUp\":\"w\",\"selfReview\":[\"MET\",\"PARTLY\"],\"version\":-1}");
        call(original, "POST", "/api/v1/journal", "{\"title\":\"A day\",\"body\":\"text\",\"tags\":[\"x\"],\"topics\":[\"senior-judgment/system-context-map\"],\"day\":\"2026-11-19\"}");
        String attempt = json.readTree(call(original, "POST", "/api/v1/scenarios/flying-blind/attempts", null).body()).get("id").asString();
        call(original, "POST", "/api/v1/attempts/" + attempt + "/submit", "{\"version\":0,\"framing\":\"We cannot see what users see\",\"questions\":\"- What do the logs miss?\"}");
        call(original, "POST", "/api/v1/decisions", "{\"title\":\"Add tracing\",\"status\":\"accepted\",\"context\":\"Blind.\",\"outcome\":\"Trace.\","
                + "\"tags\":[\"observability\"],\"topics\":[\"senior-judgment/system-context-map\"],\"decidedOn\":\"2026-10-01\",\"revisitOn\":\"2027-01-01\"}");
        String export = call(original, "GET", "/api/v1/me/export", null).body();

        String fresh = token();
        var imported = call(fresh, "POST", "/api/v1/me/import", export);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(learning(fresh)).isEqualTo(learning(original));
        assertThat(section(fresh, "practice")).isEqualTo(section(original, "practice"));
        assertThat(section(fresh, "practice").get("attempts").get(0).get("step").asString()).isEqualTo("CHOOSE");
        assertThat(section(fresh, "practice").get("decisions").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(learning(fresh).get("enrollments").get(0).get("topics").size()).isEqualTo(2);
        assertThat(learning(fresh).get("enrollments").get(0).get("changes")).as("re-plannings come along").hasSize(1);
        assertThat(call(fresh, "GET", "/api/v1/me/activity", null).body()).as("the security log names the import as an import")
                .contains("\"type\":\"DATA_IMPORTED\",\"detail\":\"from an export file\"").doesNotContain("data imported");
        var again = call(fresh, "POST", "/api/v1/me/import", export);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("import into a fresh account");
    }

    @Test
    void refusesWhatIsNotAnExportAndLeavesNothingHalfDone() {
        String fresh = token();

        var notExport = call(fresh, "POST", "/api/v1/me/import", "{\"hello\":\"world\"}");
        var broken = call(fresh, "POST", "/api/v1/me/import",
                "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\"},"
                        + "\"topics\":[{\"topicId\":\"x\",\"status\":\"FLYING\"}]}],\"journal\":[]}}");

        assertThat(notExport.statusCode()).isEqualTo(422);
        assertThat(notExport.body()).contains("This is not an Ascent export");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("The learning part of the file cannot be read", "Nothing was imported.");
        assertThat(json.readTree(call(fresh, "GET", "/api/v1/enrollments", null).body()).size()).as("rolled back").isZero();

        var skipsToTheDebrief = call(fresh, "POST", "/api/v1/me/import", "{\"format\":\"ascent/export@1\",\"practice\":{\"attempts\":[{\"scenarioId\":\"retry-storm\","
                + "\"scenarioVersion\":1,\"number\":1,\"step\":\"RATE\",\"framing\":\"\",\"questions\":\"\",\"ownOption\":\"\",\"recordContext\":\"\","
                + "\"recordOptions\":\"\",\"recordDecision\":\"\",\"recordConsequences\":\"\",\"ratings\":{},\"reflection\":\"\","
                + "\"startedAt\":\"2026-11-01T10:00:00Z\",\"updatedAt\":\"2026-11-01T10:00:00Z\",\"version\":0}],\"decisions\":[]}}");
        assertThat(skipsToTheDebrief.statusCode()).isEqualTo(422);
        assertThat(skipsToTheDebrief.body()).contains("holds answers this scenario cannot take");
        var nullText = call(fresh, "POST", "/api/v1/me/import", "{\"format\":\"ascent/export@1\",\"practice\":{\"attempts\":[],"
                + "\"decisions\":[{\"number\":1,\"title\":\"t\",\"tags\":[],\"topics\":[],\"version\":0}]}}");
        assertThat(nullText.statusCode()).isEqualTo(422);
        assertThat(nullText.body()).contains("has no status, date or title");
        var badChanges = call(fresh, "POST", "/api/v1/me/import", "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":"
                + "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\",\"weeklyHours\":5},\"changes\":[{\"changedAt\":\"yesterday\","
                + "\"fromHours\":0,\"toHours\":\"x\",\"fromStart\":\"2026-07-01\",\"toStart\":\"soon\"}]}],\"journal\":[]}}");
        assertThat(badChanges.statusCode()).isEqualTo(422);
        assertThat(badChanges.body()).contains("enrollments[0].changes[0].changedAt", "enrollments[0].changes[0].fromHours",
                "enrollments[0].changes[0].toHours", "enrollments[0].changes[0].toStart");
        assertThat(json.readTree(call(fresh, "GET", "/api/v1/enrollments", null).body()).size()).as("nothing written").isZero();
    }

    @Autowired
    dev.ascent.planning.Planner planner;

    @Test
    void weeksOffAndStudySchedulesComeBackOnTheEnrolmentOfTheirRoadmap() {
        UUID account = accounts.signUp("Round trip", "trip-" + UUID.randomUUID() + "@example.org", "lantern orbit maple quietly 7", "test").value().id();
        String original = accounts.createToken(account, "t", "READ_WRITE", "test").value().secret();
        String id = json.readTree(call(original, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\",\"weeklyHours\":\"5\"}").body()).get("id").asString();
        planner.addWeekOff(account, UUID.fromString(id), new dev.ascent.planning.WeekOff(java.time.LocalDate.parse("2026-12-24")));
        planner.addWeekOff(account, UUID.fromString(id), new dev.ascent.planning.WeekOff(java.time.LocalDate.parse("2027-01-01")));
        var scheduled = call(original, "PUT", "/api/v1/enrollments/" + id + "/plan/schedule", "{\"days\":[\"TUESDAY\",\"saturday\"],\"start\":\"06:30\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        String export = call(original, "GET", "/api/v1/me/export", null).body();

        String fresh = token();
        var imported = call(fresh, "POST", "/api/v1/me/import", export);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode planning = section(fresh, "planning");
        assertThat(planning.get("weeksOff")).as("both weeks, by their Mondays").hasToString("[\"2026-12-21\",\"2026-12-28\"]");
        assertThat(planning.get("weeksOffByRoadmap")).hasToString("[{\"roadmapId\":\"senior-judgment\",\"weeks\":[\"2026-12-21\",\"2026-12-28\"]}]");
        assertThat(planning.get("studySchedules").get(0).get("days")).hasToString("[\"TUESDAY\",\"SATURDAY\"]");
        assertThat(planning.get("studySchedules").get(0).get("start").asString()).isEqualTo("06:30");
        String freshEnrollment = json.readTree(call(fresh, "GET", "/api/v1/enrollments", null).body()).get(0).get("id").asString();
        assertThat(planning.get("studySchedules").get(0).get("enrollmentId").asString()).as("on the new enrolment").isEqualTo(freshEnrollment);
        assertThat(call(fresh, "GET", "/api/v1/enrollments/" + freshEnrollment + "/plan/schedule", null).body()).contains("TUESDAY", "06:30");
    }

    @Test
    void aPlanningSectionThatNamesNoFollowedRoadmapOrBadDaysIsRefusedPlaceByPlace() {
        String fresh = token();
        var refused = call(fresh, "POST", "/api/v1/me/import", "{\"format\":\"ascent/export@1\",\"learning\":{\"enrollments\":[{\"enrollment\":"
                + "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-07-01\",\"weeklyHours\":5}}],\"journal\":[]},"
                + "\"planning\":{\"weeksOff\":[],\"studySchedules\":[{\"roadmapId\":\"backend-growth-map\",\"days\":[\"FRIDAY\"],\"start\":\"19:00\"},"
                + "{\"roadmapId\":\"senior-judgment\",\"days\":[\"FUNDAY\"],\"start\":\"25:00\"}],"
                + "\"weeksOffByRoadmap\":[{\"roadmapId\":\"senior-judgment\",\"weeks\":[\"2026-12-21\",\"-4713-01-01\"]}]}}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The planning part of the file cannot be read", "planning.studySchedules[0].roadmapId",
                "planning.studySchedules[1].days", "planning.studySchedules[1].start", "planning.weeksOffByRoadmap[0].weeks[1]");
        assertThat(json.readTree(call(fresh, "GET", "/api/v1/enrollments", null).body()).size()).as("nothing written, learning's part neither").isZero();

        var older = call(fresh, "POST", "/api/v1/me/import", "{\"format\":\"ascent/export@1\",\"planning\":{\"weeksOff\":[\"2026-12-21\"],"
                + "\"studySchedules\":[{\"enrollmentId\":\"" + UUID.randomUUID() + "\",\"days\":[\"FRIDAY\"],\"start\":\"19:00\"}]}}");
        assertThat(older.statusCode()).as("a file from before schedules named their roadmap still reads: " + older.body()).isEqualTo(200);
    }
}
