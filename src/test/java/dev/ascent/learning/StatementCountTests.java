package dev.ascent.learning;

import dev.ascent.StatementLog;
import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hot paths cost in statements, counted at the JDBC driver: a status change reads once and
 * writes once (three statements at most besides the session's, the page redrawn from what they
 * returned), and a signed-in page view reads its session once and, within a minute of the last, does not write it
 * (a page rendered whole before it is sent does not commit the response, and with it the session, half-way).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementLog.class)
class StatementCountTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    WebSession learner;
    String enrollment;

    @BeforeEach
    void follow() {
        learner = new WebSession(port).signUp("Stella Statements", WebSession.uniqueEmail("statements"), WebSession.PASSWORD);
        var response = learner.post("/learn/start/backend-growth-map", "/learn/start/backend-growth-map",
                Map.of("startDate", "2026-10-01", "weeklyHours", "10"));
        String target = WebSession.target(response);
        enrollment = target.substring("/learn/".length(), target.indexOf('?'));
        learner.get("/learn/" + enrollment);   // the session is fresh: its first writes are not the point
    }

    @Test
    void aStatusChangeFromTheDashboardReadsOnceWritesOnceAndRedrawsFromWhatItGot() throws Exception {
        String topic = catalog.roadmap("backend-growth-map").orElseThrow().phases().getFirst().topicIds().getFirst();
        String csrf = WebSession.csrfFrom(learner.get("/learn/" + enrollment).body());

        StatementLog.clear();
        HttpResponse<String> changed = htmxPost("/learn/" + enrollment + "/topics/" + topic + "/status",
                "status=DONE&version=-1&_csrf=" + csrf);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("id=\"topic-" + topic + "\"", "status-done", "hx-swap-oob=\"true\"");
        assertThat(StatementLog.withoutSession()).as("statements besides the session's").hasSizeLessThanOrEqualTo(3);

        // the next change starts from the version the answer carried: nothing was lost or left stale
        Pattern version = Pattern.compile("id=\"topic-" + Pattern.quote(topic) + "\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"");
        var matcher = version.matcher(changed.body());
        assertThat(matcher.find()).isTrue();
        HttpResponse<String> again = htmxPost("/learn/" + enrollment + "/topics/" + topic + "/status",
                "status=LEARNING&version=" + matcher.group(1) + "&_csrf=" + csrf);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("status-learning");
    }

    @Test
    void aSignedInPageViewReadsItsSessionOnce() {
        StatementLog.clear();
        assertThat(learner.get("/learn/" + enrollment).statusCode()).isEqualTo(200);

        var session = StatementLog.session();
        assertThat(session.stream().filter(sql -> sql.strip().toLowerCase().startsWith("select"))).as("reads of the session").hasSize(1);
        // the last-access time moves once a minute (SessionWritesTests), so a page view within it writes nothing
        assertThat(session.stream().filter(sql -> !sql.strip().toLowerCase().startsWith("select"))).as("writes of the session").isEmpty();
    }

    @Test
    void aVisitorsRoadmapPageIsSentFromMemoryOnceItWasRendered() throws Exception {
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/roadmaps/backend-growth-map")).GET().build();
        assertThat(HttpClient.newHttpClient().send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        StatementLog.clear();
        HttpResponse<String> again = HttpClient.newHttpClient().send(page, HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Follow this roadmap");
        // the roadmap's current version is known for two seconds (README, "Performance"), and the page is kept whole
        assertThat(StatementLog.withoutSession()).as("statements for a visitor's page already rendered").isEmpty();
        assertThat(StatementLog.session()).isEmpty();
    }

    @Test
    void anApiCallChecksItsTokenAndAccountInOneStatement() throws Exception {
        var created = learner.post("/account", "/account/tokens", Map.of("name", "statement count", "scope", "READ"));
        Matcher shown = Pattern.compile("<code id=\"token-secret\">(asc_[A-Za-z0-9_-]{43})</code>").matcher(created.body());
        assertThat(shown.find()).as("the new token is on the page").isTrue();

        StatementLog.clear();
        HttpResponse<String> enrollments = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrollments"))
                .header("Authorization", "Bearer " + shown.group(1)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(enrollments.statusCode()).isEqualTo(200);
        assertThat(enrollments.body()).contains(enrollment);
        assertThat(StatementLog.withoutSession()).as("the token check, then the enrolments").hasSize(2)
                .first().asString().contains("accounts.api_tokens", "accounts.accounts", "last_used_at");
    }

    private HttpResponse<String> htmxPost(String path, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", learner.sessionCookie()).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
