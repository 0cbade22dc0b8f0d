package dev.ascent.practice;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision journal: ADR-numbered records, filters, revisits when due, Markdown export, bad input, conflicts and ownership. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionJournalTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JsonMapper json;

    private WebSession learner;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void signUp() {
        learner = new WebSession(port).signUp("Dee Decider", WebSession.uniqueEmail("decider"), WebSession.PASSWORD);
    }

    private Map<String, String> record(String title, String tags, String revisitOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("status", "ACCEPTED");
        form.put("decidedOn", today.minusMonths(3).toString());
        form.put("context", "Invoice e-mails **block** checkout when the mail provider is slow. <script>alert(1)</script>");
        form.put("drivers", "- checkout latency\n- cost");
        form.put("options", "- send inline\n- queue them");
        form.put("outcome", "Queue them, with retries and a dead-letter list.");
        form.put("consequences", "One more moving part to watch.");
        form.put("tags", tags);
        form.put("topics", "senior-judgment/choose-under-tradeoffs");
        form.put("revisitOn", revisitOn);
        form.put("version", "0");
        return form;
    }

    private String create(Map<String, String> form) {
        var created = learner.post("/practice/decisions/new", "/practice/decisions", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String target = WebSession.target(created);
        return target.substring(0, target.indexOf('?'));
    }

    @Test
    void recordsGetAdrNumbersRenderSafelyAndFilter() {
        String first = create(record("Queue invoice e-mails", "Messaging, billing", today.plusMonths(3).toString()));
        create(record("Keep the monolith for now", "architecture", ""));

        String page = learner.get(first).body();
        assertThat(page).contains("ADR-0001", "Queue invoice e-mails", "<strong>block</strong>", "&lt;script&gt;", "messaging", "billing",
                "Choose between solutions with clear trade-offs").doesNotContain("<script>alert");
        String all = learner.get("/practice/decisions").body();
        assertThat(all).contains("0001", "0002", "Queue invoice e-mails", "Keep the monolith for now");
        assertThat(learner.get("/practice/decisions?tag=messaging").body()).contains("Queue invoice e-mails").doesNotContain("Keep the monolith for now");
        assertThat(learner.get("/practice/decisions?status=rejected").body()).contains("No records match these filters");
        assertThat(learner.get("/practice/decisions?topic=senior-judgment/choose-under-tradeoffs").body()).contains("Queue invoice e-mails", "Keep the monolith");
        assertThat(learner.get("/practice/decisions?tag=%00&topic=%00&status=%00").statusCode()).as("control characters in filters").isEqualTo(200);
        create(record("A tag that reads like SQL", "null, NULL", ""));
        assertThat(learner.get("/practice/decisions").body()).contains("A tag that reads like SQL", "null");
        assertThat(learner.get("/practice").statusCode()).isEqualTo(200);
    }

    @Test
    void aDueRecordAsksWhatHappenedAndWhatYouWouldDecideNow() {
        String path = create(record("Queue invoice e-mails", "messaging", today.toString()));
        assertThat(learner.get("/practice").body()).contains("Decisions to look back on", "ADR-0001 · Queue invoice e-mails");
        assertThat(learner.get("/practice/decisions?status=due").body()).contains("Queue invoice e-mails", "Revisit due");
        String page = learner.get(path).body();
        assertThat(page).contains("Time to look back", "What actually happened?");

        var empty = learner.post(path, path + "/revisit", Map.of("version", "0", "actualOutcome", "", "wouldDecideNow", "same", "nextRevisit", "yesterday"));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Write what actually happened", "Write the date as YYYY-MM-DD", "same");

        var revisited = learner.post(path, path + "/revisit", Map.of("version", "0", "actualOutcome", "Checkout stopped timing out; the queue needed an alert.",
                "wouldDecideNow", "The same, with the alert from day one."));
        assertThat(WebSession.target(revisited)).endsWith("?revisited");
        assertThat(learner.get(path).body()).contains("Looked back on", "the queue needed an alert", "with the alert from day one").doesNotContain("Time to look back");
        assertThat(learner.get("/practice/decisions?status=due").body()).doesNotContain("Queue invoice e-mails");
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingTypedIsLost() {
        Map<String, String> bad = record("", "ok, not/ok", "2020-01-01");
        bad.put("status", "maybe");
        bad.put("decidedOn", "last tuesday");
        bad.put("topics", "someone/else");
        bad.put("context", "kept context text");

        var refused = learner.post("/practice/decisions/new", "/practice/decisions", bad);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Name the decision", "Choose proposed, accepted, rejected, deprecated or superseded.",
                "Write the date as YYYY-MM-DD.", "Tags are words of letters and digits", "Choose topics from the roadmaps.", "kept context text",
                "nothing you typed was lost");
        Map<String, String> notADay = record("A day that is no day", "x", "in a while");
        var unreadable = learner.post("/practice/decisions/new", "/practice/decisions", notADay);
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("Write the date as YYYY-MM-DD, or leave it empty.", "A day that is no day");
        Map<String, String> lowerCase = record("A status in lower case", "x", "");
        lowerCase.put("status", "rejected");
        assertThat(learner.post("/practice/decisions/new", "/practice/decisions", lowerCase).statusCode()).isEqualTo(302);
        Map<String, String> early = record("Revisit before deciding", "x", today.minusYears(1).toString());
        assertThat(learner.post("/practice/decisions/new", "/practice/decisions", early).body()).contains("Revisit on or after the day of the decision.");
    }

    @Test
    void editingFromAStaleTabIsAConflictThatKeepsTheText() {
        String path = create(record("Queue invoice e-mails", "messaging", ""));
        Map<String, String> edit = record("Queue invoice e-mails and receipts", "messaging", "");
        assertThat(learner.post(path + "/edit", path, edit).statusCode()).isEqualTo(302);

        Map<String, String> stale = record("A title from the old tab", "messaging", "");
        var conflict = learner.post(path + "/edit", path, stale);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("changed in another tab", "A title from the old tab");
        assertThat(learner.get(path).body()).contains("Queue invoice e-mails and receipts");
    }

    @Test
    void theJournalExportsAsNumberedMarkdownFiles() throws IOException {
        create(record("Queue invoice e-mails", "messaging", ""));
        create(record("Keep the monolith / for now?", "architecture", ""));
        ApiClient api = new ApiClient(port, accounts, "Zip reader");

        var zip = learner.download("/practice/decisions/export.zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"ascent-decisions-");
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        var bytes = api.bytes("/api/v1/decisions/export.zip");
        assertThat(entries(bytes.body())).containsOnlyKeys("decisions/README.md");

        Map<String, String> files = entries(learner.download("/practice/decisions/export.zip").body());
        assertThat(files).containsOnlyKeys("decisions/0001-queue-invoice-e-mails.md", "decisions/0002-keep-the-monolith-for-now.md", "decisions/README.md");
        assertThat(files.get("decisions/0001-queue-invoice-e-mails.md")).contains("# 1. Queue invoice e-mails", "- Status: accepted",
                "## Context and problem statement", "## Decision drivers", "## Considered options", "## Decision outcome", "## Consequences");
        assertThat(files.get("decisions/README.md")).contains("[1. Queue invoice e-mails](0001-queue-invoice-e-mails.md)");
    }

    @Test
    void theApiRecordsFiltersRevisitsAndKeepsRecordsToTheirOwner() {
        ApiClient api = new ApiClient(port, accounts, "Api decider");
        var created = api.call("POST", "/api/v1/decisions", """
                {"title":"Adopt feature flags","status":"proposed","context":"Releases are risky.","outcome":"Use flags for risky changes.",
                 "tags":["Release Process"],"decidedOn":"%s","revisitOn":"%s"}""".formatted(today.minusMonths(2), today));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode record = json.readTree(created.body());
        String id = record.get("id").asString();
        assertThat(record.get("number").asInt()).isEqualTo(1);
        assertThat(record.get("tags").get(0).asString()).isEqualTo("release-process");

        assertThat(json.readTree(api.call("GET", "/api/v1/decisions?status=due", null).body()).size()).isEqualTo(1);
        assertThat(api.call("GET", "/api/v1/decisions?status=sometimes", null).statusCode()).isEqualTo(422);
        var invalid = api.call("POST", "/api/v1/decisions", "{\"title\":\"\",\"status\":\"accepted\"}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(json.readTree(invalid.body()).get("errors").has("title")).isTrue();
        assertThat(json.readTree(invalid.body()).get("errors").has("context")).isTrue();

        var notADay = api.call("POST", "/api/v1/decisions", "{\"title\":\"t\",\"status\":\"accepted\",\"context\":\"c\",\"outcome\":\"o\","
                + "\"decidedOn\":\"last tuesday\"}");
        assertThat(notADay.statusCode()).isEqualTo(422);
        assertThat(json.readTree(notADay.body()).get("errors").get("decidedOn").asString()).isEqualTo("Write the date as YYYY-MM-DD.");
        var noStatus = api.call("POST", "/api/v1/decisions", "{\"title\":\"t\",\"status\":\"maybe\",\"context\":\"c\",\"outcome\":\"o\"}");
        assertThat(noStatus.statusCode()).isEqualTo(422);
        assertThat(json.readTree(noStatus.body()).get("errors").get("status").asString()).isEqualTo("Choose proposed, accepted, rejected, deprecated or superseded.");
        var notANextDay = api.call("POST", "/api/v1/decisions/" + id + "/revisit",
                "{\"version\":0,\"actualOutcome\":\"a\",\"wouldDecideNow\":\"b\",\"nextRevisit\":\"soon\"}");
        assertThat(notANextDay.statusCode()).isEqualTo(422);
        assertThat(json.readTree(notANextDay.body()).get("errors").get("nextRevisit").asString()).isEqualTo("Write the date as YYYY-MM-DD, or leave it empty.");

        var stale = api.call("PUT", "/api/v1/decisions/" + id, """
                {"title":"Adopt flags","status":"accepted","context":"c","outcome":"o","version":5}""");
        assertThat(stale.statusCode()).isEqualTo(409);
        var tooFar = api.call("POST", "/api/v1/decisions/" + id + "/revisit",
                "{\"version\":0,\"actualOutcome\":\"a\",\"wouldDecideNow\":\"b\",\"nextRevisit\":\"" + today.plusYears(6) + "\"}");
        assertThat(tooFar.statusCode()).isEqualTo(422);
        assertThat(json.readTree(tooFar.body()).get("errors").get("nextRevisit").asString()).contains("within five years");
        var revisit = api.call("POST", "/api/v1/decisions/" + id + "/revisit",
                "{\"version\":0,\"actualOutcome\":\"Fewer rollbacks.\",\"wouldDecideNow\":\"Same.\",\"nextRevisit\":\"" + today.plusMonths(6) + "\"}");
        assertThat(revisit.statusCode()).as(revisit.body()).isEqualTo(200);
        assertThat(json.readTree(revisit.body()).get("revisitOn").asString()).isEqualTo(today.plusMonths(6).toString());
        assertThat(json.readTree(revisit.body()).get("revisitedOn").asString()).isEqualTo(today.toString());
        assertThat(json.readTree(api.call("GET", "/api/v1/decisions?status=due", null).body()).size()).as("looked back at; due again in six months").isZero();
        var nulls = api.call("POST", "/api/v1/decisions", "{\"title\":\"Nulls in lists\",\"status\":\"accepted\",\"context\":\"c\",\"outcome\":\"o\","
                + "\"tags\":[null,\"ok\"],\"topics\":[null]}");
        assertThat(nulls.statusCode()).as(nulls.body()).isEqualTo(201);
        assertThat(json.readTree(nulls.body()).get("tags").toString()).isEqualTo("[\"ok\"]");

        ApiClient other = new ApiClient(port, accounts, "Nosy neighbour");
        assertThat(other.call("GET", "/api/v1/decisions/" + id, null).statusCode()).isEqualTo(404);
        assertThat(other.call("DELETE", "/api/v1/decisions/" + id, null).statusCode()).isEqualTo(404);
        assertThat(api.call("DELETE", "/api/v1/decisions/" + id, null).statusCode()).isEqualTo(204);
        assertThat(api.call("GET", "/api/v1/decisions/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherLearnerCannotOpenEditOrDeleteARecord() {
        String path = create(record("Queue invoice e-mails", "messaging", ""));
        WebSession other = new WebSession(port).signUp("Olly Other", WebSession.uniqueEmail("other"), WebSession.PASSWORD);

        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(other.get(path + "/edit").statusCode()).isEqualTo(404);
        assertThat(other.post("/practice/decisions", path, record("Mine now", "x", "")).statusCode()).isEqualTo(404);
        assertThat(other.post("/practice/decisions", path + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(learner.get(path).body()).contains("Queue invoice e-mails");
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
