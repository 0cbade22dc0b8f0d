package dev.ascent.planning;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan page with its what-if control, and the plan API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void showsFeasibilityAndUpdatesTheProjectionForAWhatIf() throws Exception {
        WebSession learner = new WebSession(port).signUp("Pat Plan", WebSession.uniqueEmail("plan"), "lantern orbit maple quietly 7");
        String journey = WebSession.target(learner.post("/learn/start/backend-junior-to-senior", "/learn/start/backend-junior-to-senior",
                Map.of("weeklyHours", "10")));
        String plan = journey.substring(0, journey.indexOf('?')) + "/plan";

        String page = learner.get(plan).body();
        var whatIf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + plan + "?hours=15"))
                .header("Cookie", learner.sessionCookie()).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        String silly = learner.get(plan + "?hours=500").body();
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), "lantern orbit maple quietly 7");

        assertThat(page).contains("At 10 h/week", "This week", "The coming weeks", "Timeline")
                .containsPattern("after the roadmap('|&#39;)s 24 months");
        assertThat(page).as("the timeline has a date axis").containsPattern("text-anchor=\"start\">[A-Z][a-z]{2} 20\\d\\d</text>");
        assertThat(whatIf.body().strip()).startsWith("<div id=\"projection\"").contains("At 15 h/week").containsPattern("within the roadmap('|&#39;)s 24 months")
                .doesNotContain("<html");
        assertThat(silly).contains("Choose between 1 and 80 hours a week; showing your 10.");
        assertThat(stranger.get(plan).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiGivesTheProjectionAndNamesABadWhatIf() throws Exception {
        UUID account = accounts.signUp("Api plan", WebSession.uniqueEmail("apiplan"), "lantern orbit maple quietly 7", "test").value().id();
        String token = accounts.createToken(account, "t", "READ_WRITE", "test").value().secret();
        var http = HttpClient.newHttpClient();
        String id = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrollments"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"roadmapId\":\"backend-junior-to-senior\",\"weeklyHours\":\"12\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        var plan = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrollments/" + id + "/plan?hours=15"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        var bad = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrollments/" + id + "/plan?hours=lots"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("\"weeklyHours\":15", "\"feasible\":true", "\"weeks\":[");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"hours\"");
        assertThat(plan.body()).contains("\"items\":{", "\"firstWeek\"");
        var ics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/enrollments/" + id + "/plan.ics"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");
    }
}
