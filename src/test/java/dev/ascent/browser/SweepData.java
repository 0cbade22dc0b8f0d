package dev.ascent.browser;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.catalog.Roadmap;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner mid-way through a roadmap, written through the API with a token (faster than clicking):
 * followed from four months ago, assessed, topics done and in progress, time logged, a note, a
 * journal entry, a submitted project, a finished scenario attempt and a decision record. Holds the
 * ids the page sweep fills path variables with.
 */
final class SweepData {

    static final String ROADMAP = "backend-junior-to-senior";
    static final String SCENARIO = "retry-storm";

    final String learnerEmail = WebSession.uniqueEmail("sweep");
    final String adminEmail = WebSession.uniqueEmail("sweep-admin");
    final Map<String, String> ids = new LinkedHashMap<>();

    private final String base;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    SweepData(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Topics a member of the learner's team finished. */
    private List<String> sweepTopics = List.of();

    void create(TestAccounts accounts, JdbcClient jdbc, Roadmap roadmap) {
        sweepTopics = roadmap.phases().getFirst().topicIds().stream().limit(2).toList();
        UUID learner = accounts.signUp("Lee Midway", learnerEmail, WebSession.PASSWORD, "test").value().id();
        // a unique administrator (ascent.admin.email may already be taken in a reused test database)
        UUID admin = accounts.signUp("Ada Admin", adminEmail, WebSession.PASSWORD, "test").value().id();
        jdbc.sql("update accounts.accounts set role = 'ADMIN' where id = :id").param("id", admin).update();
        token = accounts.createToken(learner, "sweep", "READ_WRITE", "test").value().secret();

        String enrollment = call("POST", "/api/v1/enrollments", """
                {"roadmapId":"%s","startDate":"%s","weeklyHours":"12"}""".formatted(ROADMAP, LocalDate.now().minusMonths(4))).get("id").asString();
        ids.put("enrollmentId", enrollment);
        ids.put("roadmapId", ROADMAP);
        ids.put("phaseId", roadmap.phases().getFirst().id());

        List<Roadmap.Topic> topics = roadmap.topics();
        StringBuilder ratings = new StringBuilder();
        String[] levels = {"EXPERT", "WORKING", "AWARE", "NONE"};
        // the assessment rates topics 10 to 17; the statuses below change topics 0 to 9 (never stored, version -1)
        for (int i = 0; i < 8; i++) {
            ratings.append(i == 0 ? "" : ",").append('"').append(topics.get(10 + i).id()).append("\":\"").append(levels[i % levels.length]).append('"');
        }
        call("POST", "/api/v1/enrollments/" + enrollment + "/assessment", "{\"ratings\":{" + ratings + "}}");
        for (int i = 0; i < 10; i++) {
            String status = i < 6 ? "DONE" : i < 9 ? "LEARNING" : "SKIPPED";
            call("PUT", "/api/v1/enrollments/" + enrollment + "/topics/" + topics.get(i).id(), """
                    {"status":"%s","version":-1}""".formatted(status));
        }
        String topic = topics.get(6).id();
        ids.put("topicId", topic);
        for (int daysAgo : new int[] {1, 3, 9, 20, 45}) {
            call("POST", "/api/v1/enrollments/" + enrollment + "/time", """
                    {"topicId":"%s","day":"%s","minutes":"%d"}""".formatted(topics.get(daysAgo % 7).id(), LocalDate.now().minusDays(daysAgo), 30 + daysAgo * 3));
        }
        call("PUT", "/api/v1/enrollments/" + enrollment + "/topics/" + topic + "/notes", """
                {"body":"## What I learned\\nIndexes help **reads** and cost writes.","version":-1}""");
        call("POST", "/api/v1/journal", """
                {"title":"A week of indexes","body":"Read about B-trees; tried `EXPLAIN ANALYZE`.","tags":["databases"],"topics":["%s/%s"]}"""
                .formatted(ROADMAP, topic));
        ids.put("entryId", call("GET", "/api/v1/journal", null).get(0).get("id").asString());

        Roadmap.Project project = roadmap.projects().getFirst();
        ids.put("projectId", project.id());
        String review = String.join(",", project.rubric().stream().map(line -> "\"MET\"").toList());
        call("PUT", "/api/v1/enrollments/" + enrollment + "/projects/" + project.id(), """
                {"repositoryUrl":"https://example.org/lee/api","writeUp":"A small REST API with tests.","selfReview":[%s],"submit":true,"version":-1}"""
                .formatted(review));

        finishScenario();
        labRuns();
        drillPlay();
        call("POST", "/api/v1/decisions", """
                {"title":"Queue the invoice e-mails","status":"accepted","decidedOn":"%s","context":"Checkout waits for the mail provider.",
                 "options":"- inline\\n- a queue","outcome":"A queue with retries.","tags":["messaging"],"revisitOn":"%s"}"""
                .formatted(LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(1)));
        ids.put("decisionId", call("GET", "/api/v1/decisions", null).get(0).get("id").asString());
        team(accounts, jdbc);
    }

    /**
     * The learner leads a team with a mentor and a member (a check-in with the member under way, a 1:1 note with them), two
     * invitations still open (one of them by email), and asked it to review a decision.
     */
    private void team(TestAccounts accounts, JdbcClient jdbc) {
        String team = call("POST", "/api/v1/teams", "{\"name\":\"Checkout platform\"}").get("id").asString();
        ids.put("teamId", team);
        // a roadmap of the team, forked from a built-in and not yet published: its list and its editor
        ids.put("teamRoadmapId", call("POST", "/api/v1/teams/" + team + "/roadmaps",
                "{\"id\":\"checkout-platform-path\",\"title\":\"Checkout platform path\",\"from\":\"senior-judgment\"}").get("id").asString());
        String[][] people = {{"Mira Mentor", "MENTOR"}, {"Noah Newcomer", "MEMBER"}};
        for (String[] person : people) {
            UUID id = accounts.signUp(person[0], WebSession.uniqueEmail("sweep-team"), WebSession.PASSWORD, "test").value().id();
            jdbc.sql("insert into teams.memberships (team_id, account_id, role) values (cast(:t as uuid), :a, :r)")
                    .param("t", team).param("a", id).param("r", person[1]).update();
            // the lead's overview has someone with progress and someone who keeps theirs to themself
            if (person[1].equals("MEMBER")) {
                UUID enrollment = UUID.randomUUID();
                jdbc.sql("insert into learning.enrollments (id, account_id, roadmap_id, start_date, weekly_hours) values (:e, :a, :r, current_date - 60, 10)")
                        .param("e", enrollment).param("a", id).param("r", ROADMAP).update();
                for (String topic : sweepTopics) {
                    jdbc.sql("insert into learning.topic_progress (enrollment_id, topic_id, status, done_on) values (:e, :t, 'DONE', current_date - 3)")
                            .param("e", enrollment).param("t", topic).update();
                }
                call("POST", "/api/v1/teams/" + team + "/assignments", """
                        {"member":"%s","roadmapId":"senior-judgment","startDate":"%s","weeklyHours":4}""".formatted(id, java.time.LocalDate.now().plusDays(7)));
                // the lead checks in with the member on the first phase and keeps 1:1 notes with them
                ids.put("memberId", id.toString());
                ids.put("otherId", id.toString());
                ids.put("checkInId", call("POST", "/api/v1/teams/" + team + "/members/" + id + "/check-ins", """
                        {"phase":"%s/%s"}""".formatted(ROADMAP, ids.get("phaseId"))).get("id").asString());
                call("POST", "/api/v1/teams/" + team + "/one-on-ones/" + id, """
                        {"body":"Agreed to pair on the **outbox** next week; Noah wants feedback on naming."}""");
            } else {
                jdbc.sql("insert into teams.privacy (team_id, account_id, share_progress, share_plan, share_checkpoints, version) "
                        + "values (cast(:t as uuid), :a, false, false, false, 1)").param("t", team).param("a", id).update();
            }
        }
        call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"MENTOR\",\"email\":\"reviewer@example.org\"}");
        String url = call("POST", "/api/v1/teams/" + team + "/invitations", "{\"role\":\"MEMBER\"}").get("url").asString();
        ids.put("token", url.substring(url.lastIndexOf('/') + 1));
        ids.put("reviewId", call("POST", "/api/v1/teams/" + team + "/reviews", """
                {"item":"decision:%s","note":"Is the **queue** worth its cost?"}""".formatted(ids.get("decisionId"))).get("id").asString());
    }

    /** Two runs of the queue model, the second with one knob changed, so a run and a comparison have data on screen. */
    private void labRuns() {
        String first = call("POST", "/api/v1/lab/models/slow-consumer-queue/runs", """
                {"predictedP99Ms": 40, "predictedBottleneck": "processing-queue"}""").get("id").asString();
        String second = call("POST", "/api/v1/lab/models/slow-consumer-queue/runs", """
                {"knobs": {"uploads-api.concurrency": "1"}, "seed": 7}""").get("id").asString();
        ids.put("runId", second);
        ids.put("a", first);
        ids.put("b", second);
    }

    /** A drill played to recovery through the API (an alert acknowledged, the rollback taken) and its debrief written. */
    private void drillPlay() {
        String drill = "bad-deploy-latency";
        String id = call("POST", "/api/v1/drills/plays", "{\"drill\":\"" + drill + "\"}").get("id").asString();
        ids.put("drillId", drill);
        ids.put("playId", id);
        String play = "/api/v1/drills/plays/" + id;
        JsonNode state = call("GET", play, null);
        for (int minute = 0; minute < 14 && state.get("play").get("state").asString().equals("running"); minute++) {
            if (minute == 4) {
                state = call("POST", play + "/acknowledgements", "{\"alert\":\"slow-site\",\"version\":" + state.get("version").asInt() + "}");
                state = call("POST", play + "/actions", "{\"action\":\"rollback\",\"version\":" + state.get("version").asInt() + "}");
            }
            state = call("POST", play + "/clock", "{\"command\":\"step-60\",\"version\":" + state.get("version").asInt() + "}");
        }
        assertThat(state.get("play").get("state").asString()).isEqualTo("recovered");
        call("PUT", play + "/debrief", """
                {"version": 0, "sections": {"summary": "A release made web slow; the rollback brought it back.",
                 "action-items": "- A canary with a latency gate\\n- Web's own time on the dashboard"}}""");
    }

    private void finishScenario() {
        JsonNode attempt = call("POST", "/api/v1/scenarios/" + SCENARIO + "/attempts", null);
        String id = attempt.get("id").asString();
        ids.put("attemptId", id);
        ids.put("scenarioId", SCENARIO);
        JsonNode scenario = call("GET", "/api/v1/scenarios/" + SCENARIO, null);
        attempt = submit(id, attempt, "\"framing\":\"Retries multiply load on a saturated service.\",\"questions\":\"- Which layers retry?\"");
        attempt = submit(id, attempt, "\"optionId\":\"" + scenario.get("options").get(0).get("id").asString() + "\"");
        attempt = submit(id, attempt, "\"recordDecision\":\"Remove the retry layers we control. Because each layer multiplies the load.\","
                + "\"recordConsequences\":\"Errors fall; prices may be stale for minutes.\"");
        StringBuilder all = new StringBuilder();
        scenario.get("rubric").forEach(line -> all.append(all.isEmpty() ? "" : ",").append('"').append(line.get("id").asString()).append("\":3"));
        attempt = submit(id, attempt, "\"ratings\":{" + all + "},\"reflection\":\"Say what changes before changing it.\"");
        assertThat(attempt.get("step").asString()).isEqualTo("DONE");
    }

    private JsonNode submit(String id, JsonNode attempt, String fields) {
        return call("POST", "/api/v1/attempts/" + id + "/submit", "{\"version\":" + attempt.get("version").asInt() + "," + fields + "}");
    }

    private JsonNode call(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
