package dev.ascent.learning;

import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Following a roadmap through the pages: start, assess, change topics (also from two tabs at once), leave. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearningPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private WebSession learner;
    private String email;

    @BeforeEach
    void signUp() {
        email = WebSession.uniqueEmail("learner");
        learner = new WebSession(port).signUp("Lin Learner", email, PASSWORD);
    }

    private String follow(String roadmapId, String start, String hours) {
        var response = learner.post("/learn/start/" + roadmapId, "/learn/start/" + roadmapId, Map.of("startDate", start, "weeklyHours", hours));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String target = WebSession.target(response);
        assertThat(target).matches("/learn/[0-9a-f-]{36}\\?started");
        return target.substring("/learn/".length(), target.indexOf('?'));
    }

    @Test
    void followingARoadmapOpensItsDashboardAndFollowingAgainOpensTheSameOne() {
        String id = follow("senior-judgment", "2026-10-01", "5");

        var dashboard = learner.get("/learn/" + id);
        var again = learner.get("/learn/start/senior-judgment");
        var mine = learner.get("/learn");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Started 1 Oct 2026 · 5 h/week · Active", "0% of the roadmap", "Next up", "Checkpoints");
        assertThat(WebSession.target(again)).isEqualTo("/learn/" + id);
        assertThat(mine.body()).contains("/learn/" + id, "Senior judgment");
    }

    @Test
    void signingInLandsOnTheLearnersLearningAndOnTheDashboardWhenOneRoadmapIsFollowed() {
        var elsewhere = new WebSession(port);
        assertThat(WebSession.target(elsewhere.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");
        assertThat(elsewhere.get("/learn?signed-in").body()).as("nothing followed yet")
                .contains("You are not following a roadmap yet.", "Choose a roadmap");

        String id = follow("senior-judgment", "2026-10-01", "5");
        assertThat(WebSession.target(elsewhere.get("/learn?signed-in"))).as("one roadmap: its dashboard").isEqualTo("/learn/" + id);
        assertThat(elsewhere.get("/learn").statusCode()).as("the list itself stays reachable").isEqualTo(200);

        follow("backend-growth-map", "2026-10-01", "8");
        assertThat(elsewhere.get("/learn?signed-in").statusCode()).as("two roadmaps: the list to choose from").isEqualTo(200);
    }

    @Test
    void badStartDatesAndHoursAreNamedAndNothingIsSaved() {
        var badDate = learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of("startDate", "31/12/2026", "weeklyHours", "5"));
        var badHours = learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of("startDate", "2026-10-01", "weeklyHours", "200"));
        var words = learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of("startDate", "2026-10-01", "weeklyHours", "lots"));

        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body()).contains("Write the start date as YYYY-MM-DD").contains("value=\"31/12/2026\"");
        assertThat(badHours.body()).contains("Choose between 1 and 80 hours a week.");
        assertThat(words.body()).contains("Give the hours a week as a whole number between 1 and 80.");
        assertThat(learner.get("/learn").body()).contains("You are not following a roadmap yet.");
    }

    @Test
    void oneClickChangesATopicAndTheProgressFollowsInTheSameResponse() {
        String id = follow("senior-judgment", "2026-10-01", "5");
        Roadmap roadmap = catalog.roadmap("senior-judgment").orElseThrow();
        String topic = roadmap.phases().getFirst().topicIds().getFirst();

        var response = htmxPost("/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "DONE", "version", "-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).startsWith("<li class=\"progress-row status-done\" id=\"topic-" + topic + "\"")
                .contains("id=\"progress-summary\"", "hx-swap-oob=\"true\"", "id=\"next-up\"")
                .contains("value=\"0\"") // the row's new version, for the next click
                .doesNotContain("<html");
        var row = jdbc.sql("select status, done_on, review_due from learning.topic_progress where enrollment_id = :e and topic_id = :t")
                .param("e", UUID.fromString(id)).param("t", topic).query().singleRow();
        assertThat(row.get("status")).isEqualTo("DONE");
        assertThat(row.get("review_due")).as("a done topic is scheduled for review").isNotNull();
    }

    @Test
    void theDashboardOpensThePhasesBeingWorkedInAndLoadsAnotherWhenItIsOpened() {
        String id = follow("backend-growth-map", "2026-10-01", "10");
        Roadmap roadmap = catalog.roadmap("backend-growth-map").orElseThrow();
        Roadmap.Phase first = roadmap.phases().getFirst();

        String dashboard = learner.get("/learn/" + id).body();

        assertThat(isOpen(dashboard, first.id())).isTrue();
        assertThat(dashboard).contains("id=\"topic-" + first.topicIds().getFirst() + "\"");
        Roadmap.Phase last = roadmap.phases().stream().filter(phase -> !isOpen(dashboard, phase.id()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("every phase is open for a new learner"));
        String lastTopic = last.topicIds().getLast();
        assertThat(dashboard).doesNotContain("id=\"topic-" + lastTopic + "\"")
                .contains("hx-get=\"/learn/" + id + "/phases/" + last.id() + "\"")
                .contains("href=\"/learn/" + id + "?phase=" + last.id() + "#phase-" + last.id() + "\"");

        var rows = htmxGet("/learn/" + id + "/phases/" + last.id());
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(rows.body().strip()).startsWith("<ul class=\"progress-rows\">").doesNotContain("<html")
                .contains("id=\"topic-" + lastTopic + "\"");
        assertThat(rows.body().split("class=\"progress-row ")).hasSize(last.topicIds().size() + 1);

        var withoutScript = learner.get("/learn/" + id + "/phases/" + last.id());
        assertThat(withoutScript.statusCode()).isEqualTo(302);
        assertThat(withoutScript.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/learn/" + id + "?phase=" + last.id() + "#phase-" + last.id()));
        String withPhase = learner.get("/learn/" + id + "?phase=" + last.id()).body();
        assertThat(isOpen(withPhase, last.id())).isTrue();
        assertThat(withPhase).contains("id=\"topic-" + lastTopic + "\"");
    }

    @Test
    void aPhaseOfAnUnknownRoadmapPhaseOrSomeoneElsesEnrolmentIsNotFound() {
        String id = follow("backend-growth-map", "2026-10-01", "10");
        String phase = catalog.roadmap("backend-growth-map").orElseThrow().phases().getLast().id();

        assertThat(htmxGet("/learn/" + id + "/phases/no-such-phase").statusCode()).isEqualTo(404);
        WebSession other = new WebSession(port).signUp("Olga Other", WebSession.uniqueEmail("other"), PASSWORD);
        assertThat(other.get("/learn/" + id + "/phases/" + phase).statusCode()).isEqualTo(404);
        var unknown = learner.get("/learn/" + id + "?phase=%3Cscript%3E");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body().split("open=\"open\"")).as("an unknown phase opens nothing more")
                .hasSameSizeAs(learner.get("/learn/" + id).body().split("open=\"open\""));
    }

    @Test
    void aChangeWithoutJavaScriptReturnsToTheRowWithItsPhaseOpen() {
        String id = follow("backend-growth-map", "2026-10-01", "10");
        Roadmap.Phase last = catalog.roadmap("backend-growth-map").orElseThrow().phases().getLast();
        String topic = last.topicIds().getLast();

        var response = learner.post("/learn/" + id, "/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "SKIPPED", "version", "-1"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/learn/" + id + "?phase=" + last.id() + "#topic-" + topic));
    }

    @Test
    void theEightOldestDueReviewsAreListedAndTheRestCounted() {
        String id = follow("backend-growth-map", "2026-01-05", "10");
        var topics = catalog.roadmap("backend-growth-map").orElseThrow().topics().subList(0, 11);
        for (var topic : topics) {
            htmxPost("/learn/" + id + "/topics/" + topic.id() + "/status", Map.of("status", "DONE", "version", "-1"));
        }
        jdbc.sql("update learning.topic_progress set review_due = date '2026-02-01' + (select count(*) from learning.topic_progress q "
                        + "where q.enrollment_id = topic_progress.enrollment_id and q.topic_id < topic_progress.topic_id)::int "
                        + "where enrollment_id = :e")
                .param("e", UUID.fromString(id)).update();

        String dashboard = learner.get("/learn/" + id).body();
        String reviews = dashboard.substring(dashboard.indexOf("id=\"reviews\""), dashboard.indexOf("</section>", dashboard.indexOf("id=\"reviews\"")));

        assertThat(reviews.split("class=\"recall-buttons\"")).hasSize(9);
        assertThat(reviews).contains("due 1 Feb 2026", "due 8 Feb 2026").doesNotContain("due 9 Feb 2026")
                .contains("3 more due. The oldest come first");
        assertThat(reviews.split("name=\"recall\"")).as("four recall buttons in one form per topic").hasSize(8 * 4 + 1);
    }

    @Test
    void theTopicPageGetsOnlyTheRowBackBecauseItHasNoDashboardPanels() {
        String id = follow("senior-judgment", "2026-10-01", "5");
        String topic = catalog.roadmap("senior-judgment").orElseThrow().topics().getFirst().id();

        var response = htmxPost("/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "LEARNING", "version", "-1", "view", "row"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).startsWith("<li class=\"progress-row status-learning\"").doesNotContain("hx-swap-oob")
                .contains("name=\"view\" value=\"row\"");
    }

    @Test
    void aChangeFromAStaleTabIsRefusedWith409AndTheRowAsItIsNow() {
        String id = follow("senior-judgment", "2026-10-01", "5");
        String topic = catalog.roadmap("senior-judgment").orElseThrow().topics().getFirst().id();
        htmxPost("/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "LEARNING", "version", "-1"));

        var stale = htmxPost("/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "SKIPPED", "version", "-1"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("This topic was changed in another tab or device", "status-learning");
        assertThat(jdbc.sql("select status from learning.topic_progress where enrollment_id = :e and topic_id = :t")
                .param("e", UUID.fromString(id)).param("t", topic).query(String.class).single()).isEqualTo("LEARNING");
    }

    @Test
    void selfAssessmentMarksMasteredTopicsDoneByAssessment() {
        String id = follow("senior-judgment", "2026-10-01", "5");
        Roadmap roadmap = catalog.roadmap("senior-judgment").orElseThrow();
        var firstPhase = roadmap.phases().getFirst().topicIds();

        var saved = learner.post("/learn/" + id + "/assessment", "/learn/" + id + "/assessment?phase=0",
                Map.of("ratings[" + firstPhase.get(0) + "]", "EXPERT", "ratings[" + firstPhase.get(1) + "]", "AWARE"));

        assertThat(WebSession.target(saved)).isEqualTo("/learn/" + id + "/assessment?phase=1");
        var rows = jdbc.sql("select topic_id, status, proficiency, by_assessment from learning.topic_progress where enrollment_id = :e order by topic_id")
                .param("e", UUID.fromString(id)).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(learner.get("/learn/" + id).body()).contains("by assessment");
        var nonsense = learner.post("/learn/" + id + "/assessment", "/learn/" + id + "/assessment", Map.of("ratings[" + firstPhase.get(2) + "]", "GENIUS"));
        assertThat(nonsense.statusCode()).isEqualTo(400);
    }

    @Test
    void anotherPersonsJourneyIsNotFound() {
        String id = follow("senior-judgment", "2026-10-01", "5");
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), PASSWORD);
        String topic = catalog.roadmap("senior-judgment").orElseThrow().topics().getFirst().id();

        assertThat(stranger.get("/learn/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn", "/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "DONE", "version", "-1")).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn", "/learn/" + id + "/status", Map.of("status", "LEFT")).statusCode()).isEqualTo(404);
    }

    @Test
    void leavingKeepsProgressAndFollowingAgainPicksItUp() {
        String id = follow("senior-judgment", "2026-10-01", "5");
        String topic = catalog.roadmap("senior-judgment").orElseThrow().topics().getFirst().id();
        htmxPost("/learn/" + id + "/topics/" + topic + "/status", Map.of("status", "DONE", "version", "-1"));

        assertThat(WebSession.target(learner.post("/learn/" + id, "/learn/" + id + "/status", Map.of("status", "LEFT")))).isEqualTo("/learn?left");
        String again = follow("senior-judgment", "2026-11-01", "6");

        assertThat(again).isEqualTo(id);
        assertThat(learner.get("/learn/" + id).body()).contains("Started 1 Nov 2026 · 6 h/week · Active", "status-done");
    }

    @Test
    void everyFormThatPostsCarriesTheCsrfTokenSoItWorksWithoutJavaScript() {
        // jte writes no hidden _csrf field by itself (Thymeleaf did, for th:action forms): each page's POST forms must carry one
        String id = follow("senior-judgment", "2026-10-01", "5");
        Roadmap roadmap = catalog.roadmap("senior-judgment").orElseThrow();
        String topic = roadmap.phases().getFirst().topicIds().getFirst();
        learner.post("/learn/" + id, "/learn/" + id + "/time", Map.of("minutes", "30", "topicId", topic, "day", "2026-10-02"));
        learner.post("/learn/journal", "/learn/journal", Map.of("day", "2026-10-02", "title", "First entry", "body", "b"));
        learner.post("/learn/" + id + "/plan", "/learn/" + id + "/plan/weeks-off", Map.of("day", "2026-12-01"));
        learner.post("/learn/" + id + "/topics/" + topic, "/learn/" + id + "/topics/" + topic + "/links",
                Map.of("title", "A link", "url", "https://example.org/a"));
        String journal = learner.get("/learn/journal").body();
        int entry = journal.indexOf("href=\"/learn/journal/") + "href=\"".length();
        String entryPage = journal.substring(entry, journal.indexOf('"', entry));

        Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String path : java.util.List.of("/learn/start/backend-growth-map", "/learn/" + id + "/assessment",
                "/learn/" + id + "/topics/" + topic, "/learn/" + id + "/projects/" + roadmap.projects().getFirst().id(),
                "/learn/" + id + "/time?week=2026-09-28", "/learn/journal", entryPage, "/learn/" + id + "/plan")) {
            var page = learner.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            pages.put(path, page.body());
        }
        pages.put("status on the roadmap page", htmxGet("/learn/roadmaps/senior-judgment/topics/" + topic + "/status").body());

        pages.forEach((path, html) -> {
            String[] forms = html.split("<form");
            int posting = 0;
            for (int i = 1; i < forms.length; i++) {
                String form = forms[i].substring(0, forms[i].indexOf("</form>"));
                if (form.substring(0, form.indexOf('>')).contains("method=\"post\"")) {
                    posting++;
                    assertThat(form).as(path + ": <form" + form.substring(0, form.indexOf('>') + 1)).containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
                }
            }
            assertThat(posting).as(path + " has forms that post").isPositive();
        });
    }

    /** Whether the dashboard shows this phase's topics open. */
    private static boolean isOpen(String dashboard, String phaseId) {
        int phase = dashboard.indexOf("id=\"phase-" + phaseId + "\"");
        assertThat(phase).as("phase " + phaseId + " on the dashboard").isNotNegative();
        int details = dashboard.indexOf("<details class=\"phase-topics\"", phase);
        return dashboard.substring(details, dashboard.indexOf('>', details)).matches(".*\\sopen(=\"open\")?$");
    }

    private HttpResponse<String> htmxGet(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", learner.sessionCookie()).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> htmxPost(String path, Map<String, String> fields) {
        String csrf = WebSession.csrfFrom(learner.get("/learn").body());
        var body = new java.util.LinkedHashMap<>(fields);
        body.put("_csrf", csrf);
        String form = body.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", learner.sessionCookie())
                    .header("HX-Request", "true")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
