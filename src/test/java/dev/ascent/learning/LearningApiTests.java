package dev.ascent.learning;

import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The learning API with personal access tokens: enrol, change topics without losing updates, assess, read the summary. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearningApiTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private String write;
    private String read;

    @BeforeEach
    void account() {
        UUID id = accounts.signUp("Api learner", "api-learner-" + UUID.randomUUID() + "@example.org", "lantern orbit maple quietly 7", "test").value().id();
        write = accounts.createToken(id, "w", "READ_WRITE", "test").value().secret();
        read = accounts.createToken(id, "r", "READ", "test").value().secret();
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

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    @Test
    void enrolsOnceAndNamesBadInput() {
        var created = call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"2026-09-01\",\"weeklyHours\":\"6\"}");
        var again = call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\"}");
        var unknown = call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"no-such-roadmap\"}");
        var badHours = call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"backend-growth-map\",\"weeklyHours\":\"0\",\"startDate\":\"2019-01-01\"}");
        // JSON is read up to its first value of the wrong type: that one is named on its own
        var badDay = call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"backend-growth-map\",\"weeklyHours\":\"0\",\"startDate\":\"soon\"}");
        var words = call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"backend-growth-map\",\"weeklyHours\":\"lots\"}");
        var readOnly = call(read, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"backend-growth-map\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(body(created).get("weeklyHours").asInt()).isEqualTo(6);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id").asString()).isEqualTo(body(created).get("id").asString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(badHours.statusCode()).isEqualTo(422);
        assertThat(body(badHours).get("errors").propertyNames()).containsExactlyInAnyOrder("weeklyHours", "startDate");
        assertThat(badDay.statusCode()).isEqualTo(422);
        assertThat(body(badDay).get("errors").get("startDate").asString()).startsWith("Write the start date as YYYY-MM-DD");
        assertThat(words.statusCode()).isEqualTo(422);
        assertThat(body(words).get("errors").get("weeklyHours").asString()).isEqualTo("Give the hours a week as a whole number between 1 and 80.");
        assertThat(readOnly.statusCode()).isEqualTo(403);
    }

    @Test
    void replansHoursAndStartWithAVersionAndKeepsARecord() {
        String today = java.time.LocalDate.now().toString();
        String id = body(call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"startDate\":\"" + today + "\",\"weeklyHours\":\"6\"}"))
                .get("id").asString();
        String path = "/api/v1/enrollments/" + id;
        String end = body(call(read, "GET", path + "/plan", null)).get("end").asString();

        var replanned = call(write, "PUT", path, "{\"weeklyHours\":12,\"version\":0}");
        var stale = call(write, "PUT", path, "{\"weeklyHours\":\"8\",\"version\":0}");
        var moved = call(write, "PUT", path, "{\"startDate\":\"" + java.time.LocalDate.now().plusDays(7) + "\",\"version\":1}");
        var paused = call(write, "PUT", path, "{\"status\":\"PAUSED\"}");
        var changes = call(read, "GET", path + "/changes", null);

        assertThat(replanned.statusCode()).isEqualTo(200);
        assertThat(body(replanned).get("weeklyHours").asInt()).isEqualTo(12);
        assertThat(body(replanned).get("version").asInt()).isEqualTo(1);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(stale).get("current").get("weeklyHours").asInt()).isEqualTo(12);
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(body(moved).get("startDate").asString()).isEqualTo(java.time.LocalDate.now().plusDays(7).toString());
        assertThat(paused.statusCode()).as("a status alone needs no version, as before").isEqualTo(200);
        assertThat(body(paused).get("status").asString()).isEqualTo("PAUSED");
        assertThat(body(call(read, "GET", path + "/plan", null)).get("end").asString()).as("the plan follows").isNotEqualTo(end);
        assertThat(changes.statusCode()).isEqualTo(200);
        assertThat(body(changes)).hasSize(2);
        assertThat(body(changes).get(0).get("fromHours").asInt()).isEqualTo(6);
        assertThat(body(changes).get(0).get("toHours").asInt()).isEqualTo(12);
        assertThat(body(changes).get(1).get("fromStart").asString()).isEqualTo(today);
        assertThat(call(read, "PUT", path, "{\"weeklyHours\":9,\"version\":3}").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesBadHoursAndDatesOnARePlanNamingTheField() {
        String id = body(call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"weeklyHours\":\"6\"}")).get("id").asString();
        String path = "/api/v1/enrollments/" + id;
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"weeklyHours\":0,\"version\":0}", "weeklyHours");
        cases.put("{\"weeklyHours\":81,\"version\":0}", "weeklyHours");
        cases.put("{\"weeklyHours\":\"x\",\"version\":0}", "weeklyHours");
        cases.put("{\"startDate\":\"2019-13-01\",\"version\":0}", "startDate");
        cases.put("{\"startDate\":\"" + java.time.LocalDate.now().minusYears(6) + "\",\"version\":0}", "startDate");
        cases.put("{\"startDate\":\"" + java.time.LocalDate.now().plusYears(2) + "\",\"version\":0}", "startDate");
        cases.put("{\"weeklyHours\":9}", "version");
        cases.put("{\"status\":\"GONE\"}", "status");
        cases.put("{}", "weeklyHours");

        cases.forEach((request, field) -> {
            var response = call(write, "PUT", path, request);
            assertThat(response.statusCode()).as(request).isEqualTo(422);
            assertThat(body(response).get("errors").propertyNames()).as(request).contains(field);
        });
        assertThat(call(write, "PUT", "/api/v1/enrollments/" + UUID.randomUUID(), "{\"weeklyHours\":9,\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(body(call(read, "GET", path + "/changes", null))).isEmpty();
        assertThat(body(call(read, "GET", path, null)).get("enrollment").get("weeklyHours").asInt()).isEqualTo(6);
    }

    @Test
    void changesATopicAndRefusesAStaleVersionWithTheCurrentState() {
        String id = body(call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\"}")).get("id").asString();
        String topic = body(call(read, "GET", "/api/v1/enrollments/" + id + "/topics", null)).get(0).get("topicId").asString();

        var first = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"LEARNING\",\"version\":-1}");
        var stale = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"DONE\",\"version\":-1}");
        var fresh = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"DONE\",\"version\":0}");
        var noVersion = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"DONE\"}");
        var badStatus = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"FINISHED\",\"version\":1}");
        var unknownTopic = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/nope", "{\"status\":\"DONE\",\"version\":-1}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(body(first).get("version").asInt()).isZero();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(stale).get("current").get("status").asString()).isEqualTo("LEARNING");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(body(fresh).get("status").asString()).isEqualTo("DONE");
        assertThat(body(fresh).get("reviewDue").asString()).isNotBlank();
        assertThat(body(noVersion).get("errors").get("version").asString()).startsWith("Send the version you last read");
        assertThat(body(badStatus).get("errors").get("status").asString()).isEqualTo("Choose NOT_STARTED, LEARNING, DONE or SKIPPED.");
        assertThat(unknownTopic.statusCode()).isEqualTo(404);

        JsonNode summary = body(call(read, "GET", "/api/v1/enrollments/" + id, null));
        assertThat(summary.get("overall").get("finished").asInt()).isEqualTo(1);
        assertThat(summary.get("checkpoints").size()).isEqualTo(4);
    }

    @Test
    void assessesAndKeepsOthersOut() {
        String id = body(call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\"}")).get("id").asString();
        String topic = body(call(read, "GET", "/api/v1/enrollments/" + id + "/topics", null)).get(0).get("topicId").asString();

        var assessed = call(write, "POST", "/api/v1/enrollments/" + id + "/assessment", "{\"ratings\":{\"" + topic + "\":\"expert\"}}");
        var bad = call(write, "POST", "/api/v1/enrollments/" + id + "/assessment", "{\"ratings\":{\"" + topic + "\":\"guru\"}}");
        UUID other = accounts.signUp("Other", "other-" + UUID.randomUUID() + "@example.org", "lantern orbit maple quietly 7", "test").value().id();
        String otherToken = accounts.createToken(other, "o", "READ_WRITE", "test").value().secret();

        assertThat(body(assessed).get("saved").asInt()).isEqualTo(1);
        assertThat(body(call(read, "GET", "/api/v1/enrollments/" + id + "/topics", null)).get(0).get("progress").get("byAssessment").asBoolean()).isTrue();
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(call(otherToken, "GET", "/api/v1/enrollments/" + id, null).statusCode()).isEqualTo(404);
        assertThat(call(otherToken, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"DONE\",\"version\":0}").statusCode()).isEqualTo(404);
        assertThat(body(call(otherToken, "GET", "/api/v1/enrollments", null)).size()).isZero();
    }

    @Test
    void timeNotesProjectsCheckpointsAndJournalThroughTheApi() {
        String id = body(call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\"}")).get("id").asString();
        String topic = "system-context-map";
        String project = body(call(read, "GET", "/api/v1/roadmaps/senior-judgment", null)).get("projects").get(0).get("id").asString();

        var logged = call(write, "POST", "/api/v1/enrollments/" + id + "/time", "{\"topicId\":\"" + topic + "\",\"minutes\":\"45\"}");
        var badTime = call(write, "POST", "/api/v1/enrollments/" + id + "/time", "{\"minutes\":\"0\"}");
        var notes = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic + "/notes", "{\"body\":\"# Mine\",\"version\":-1}");
        var staleNotes = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic + "/notes", "{\"body\":\"other\",\"version\":-1}");
        var draft = call(write, "PUT", "/api/v1/enrollments/" + id + "/projects/" + project, "{\"submit\":true,\"version\":-1}");
        var submitted = call(write, "PUT", "/api/v1/enrollments/" + id + "/projects/" + project,
                "{\"repositoryUrl\":\"https://example.org/r\",\"writeUp\":\"Done.\",\"selfReview\":[\"MET\",\"MET\",\"MET\",\"MET\",\"MET\",\"MET\"],\"submit\":true,\"version\":-1}");
        var checkpoints = call(read, "GET", "/api/v1/enrollments/" + id + "/checkpoints", null);

        assertThat(logged.statusCode()).isEqualTo(201);
        assertThat(body(logged).get("kinds").valueStream().mapToInt(k -> k.get("minutes").asInt()).sum()).isEqualTo(45);
        assertThat(body(badTime).get("errors").get("minutes").asString()).isEqualTo("Log between 1 and 1,440 minutes.");
        assertThat(body(notes).get("body").asString()).isEqualTo("# Mine");
        assertThat(staleNotes.statusCode()).isEqualTo(409);
        assertThat(body(staleNotes).get("current").get("body").asString()).isEqualTo("# Mine");
        assertThat(draft.statusCode()).isEqualTo(422);
        assertThat(body(draft).get("errors").propertyNames()).contains("repositoryUrl", "writeUp", "selfReview");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(body(submitted).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body(checkpoints).size()).isEqualTo(4);

        var done = call(write, "PUT", "/api/v1/enrollments/" + id + "/topics/" + topic, "{\"status\":\"DONE\",\"version\":-1}");
        var reviewed = call(write, "POST", "/api/v1/enrollments/" + id + "/topics/" + topic + "/review", "{\"recall\":\"EASY\",\"version\":0}");
        var badRecall = call(write, "POST", "/api/v1/enrollments/" + id + "/topics/" + topic + "/review", "{\"recall\":\"MAYBE\",\"version\":1}");
        assertThat(body(done).get("reviewStep").asInt()).isZero();
        assertThat(body(reviewed).get("reviewStep").asInt()).isEqualTo(2);
        assertThat(badRecall.statusCode()).isEqualTo(422);
        var link = call(write, "POST", "/api/v1/enrollments/" + id + "/topics/" + topic + "/links", "{\"title\":\"Mine\",\"url\":\"https://example.org\"}");
        var badLink = call(write, "POST", "/api/v1/enrollments/" + id + "/topics/" + topic + "/links", "{\"title\":\"x\",\"url\":\"ftp://x\"}");
        String linkId = body(link).get("links").get(0).get("id").asString();
        assertThat(link.statusCode()).isEqualTo(201);
        assertThat(badLink.statusCode()).isEqualTo(422);
        assertThat(call(write, "DELETE", "/api/v1/enrollments/" + id + "/links/" + linkId, null).statusCode()).isEqualTo(204);
        assertThat(call(write, "DELETE", "/api/v1/enrollments/" + id + "/links/" + linkId, null).statusCode()).isEqualTo(404);

        var entry = call(write, "POST", "/api/v1/journal", "{\"title\":\"Api entry\",\"body\":\"text\",\"tags\":[\"api\"],\"topics\":[\"senior-judgment/" + topic + "\"]}");
        var badEntry = call(write, "POST", "/api/v1/journal", "{\"title\":\"\",\"tags\":[\"not ok!\"]}");
        JsonNode entries = body(call(read, "GET", "/api/v1/journal?tag=api", null));
        String entryId = entries.get(0).get("id").asString();
        var stale = call(write, "PUT", "/api/v1/journal/" + entryId, "{\"title\":\"x\",\"version\":5}");
        var deleted = call(write, "DELETE", "/api/v1/journal/" + entryId, null);
        var again = call(write, "DELETE", "/api/v1/journal/" + entryId, null);

        assertThat(entry.statusCode()).isEqualTo(201);
        assertThat(badEntry.statusCode()).isEqualTo(422);
        assertThat(body(badEntry).get("errors").propertyNames()).contains("title", "tags");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void namesEveryValueThatCannotBeReadWhereANumberADayOrAChoiceGoes() {
        String id = body(call(write, "POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\"}")).get("id").asString();
        String path = "/api/v1/enrollments/" + id;
        String topic = body(call(read, "GET", path + "/topics", null)).get(0).get("topicId").asString();
        String project = body(call(read, "GET", "/api/v1/roadmaps/senior-judgment", null)).get("projects").get(0).get("id").asString();

        var minutes = call(write, "POST", path + "/time", "{\"minutes\":\"lots\"}");
        var day = call(write, "POST", path + "/time", "{\"minutes\":30,\"day\":\"yesterday\"}");
        var notesVersion = call(write, "PUT", path + "/topics/" + topic + "/notes", "{\"body\":\"x\",\"version\":\"first\"}");
        var projectVersion = call(write, "PUT", path + "/projects/" + project, "{\"writeUp\":\"x\",\"version\":\"ten\"}");
        var recall = call(write, "POST", path + "/topics/" + topic + "/review", "{\"recall\":\"MAYBE\",\"version\":0}");
        var status = call(write, "PUT", path, "{\"status\":\"GONE\"}");
        var rating = call(write, "POST", path + "/assessment", "{\"ratings\":{\"" + topic + "\":\"guru\"}}");

        assertThat(minutes.statusCode()).isEqualTo(422);
        assertThat(body(minutes).get("errors").get("minutes").asString()).isEqualTo("Give the minutes as a whole number, e.g. 45.");
        assertThat(day.statusCode()).isEqualTo(422);
        assertThat(body(day).get("errors").get("day").asString()).startsWith("Write the day as YYYY-MM-DD");
        assertThat(notesVersion.statusCode()).isEqualTo(422);
        assertThat(body(notesVersion).get("errors").propertyNames()).containsExactly("version");
        assertThat(projectVersion.statusCode()).isEqualTo(422);
        assertThat(body(projectVersion).get("errors").propertyNames()).containsExactly("version");
        assertThat(body(recall).get("errors").get("recall").asString()).isEqualTo("Choose FORGOT, HARD, GOOD or EASY.");
        assertThat(body(status).get("errors").get("status").asString()).isEqualTo("Choose ACTIVE, PAUSED or LEFT.");
        assertThat(rating.statusCode()).isEqualTo(422);
        assertThat(body(rating).get("errors").get("ratings." + topic).asString()).isEqualTo("Choose NONE, AWARE, WORKING, PROFICIENT or EXPERT.");
        assertThat(body(call(read, "GET", path + "/time", null)).get("kinds").valueStream().mapToInt(k -> k.get("minutes").asInt()).sum())
                .as("nothing was logged").isZero();
    }
}
