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

import java.util.Map;
import java.util.UUID;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The learner's own progress on the public roadmap pages, and changing a topic's status from there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadmapProgressPagesTests {

    private static final String ROADMAP = "senior-judgment";

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private WebSession learner;
    private Roadmap roadmap;
    private String topic;
    private String enrollment;

    @BeforeEach
    void signUp() {
        learner = new WebSession(port).signUp("Rae Roadmap", WebSession.uniqueEmail("overlay"), PASSWORD);
        roadmap = catalog.roadmap(ROADMAP).orElseThrow();
        topic = roadmap.topics().getFirst().id();
    }

    private String follow() {
        var response = learner.post("/learn/start/" + ROADMAP, "/learn/start/" + ROADMAP, Map.of("startDate", "2026-10-01", "weeklyHours", "6"));
        String target = WebSession.target(response);
        enrollment = target.substring("/learn/".length(), target.indexOf('?'));
        return enrollment;
    }

    @Test
    void aVisitorSeesTheFollowButtonAndThePageAsksForNoLearnerLayer() {
        var page = new WebSession(port).get("/roadmaps/" + ROADMAP);

        assertThat(page.body()).contains("Follow this roadmap").doesNotContain("/learn/roadmaps/");
        assertThat(new WebSession(port).get("/roadmaps/" + ROADMAP + "/topics/" + topic).body()).doesNotContain("learner-topic-slot");
    }

    @Test
    void someoneSignedInButNotFollowingGetsNoLayerAndKeepsTheFollowButton() {
        var page = learner.get("/roadmaps/" + ROADMAP);

        assertThat(page.body()).contains("Follow this roadmap", "hx-get=\"/learn/roadmaps/" + ROADMAP + "/progress\"");
        learner.header("HX-Request", "true");
        assertThat(learner.get("/learn/roadmaps/" + ROADMAP + "/progress").statusCode()).isEqualTo(204);
        assertThat(learner.get("/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status").statusCode()).isEqualTo(204);
    }

    @Test
    void theLayersOpenedAsPagesLeadToThePublicPagesTheyBelongOn() {
        follow();

        assertThat(WebSession.target(learner.get("/learn/roadmaps/" + ROADMAP + "/progress"))).isEqualTo("/roadmaps/" + ROADMAP);
        assertThat(WebSession.target(learner.get("/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status")))
                .isEqualTo("/roadmaps/" + ROADMAP + "/topics/" + topic);
    }

    @Test
    void aFollowerSeesTheirProgressAndEveryTopicsStatusInPlaceOfTheFollowButton() {
        String enrollment = follow();
        jdbc.sql("insert into learning.topic_progress (enrollment_id, topic_id, status, version) values (:e, :t, 'DONE', 0)")
                .param("e", UUID.fromString(enrollment)).param("t", topic).update();
        String second = roadmap.topics().get(1).id();
        jdbc.sql("insert into learning.topic_progress (enrollment_id, topic_id, status, version) values (:e, :t, 'LEARNING', 0)")
                .param("e", UUID.fromString(enrollment)).param("t", second).update();

        learner.header("HX-Request", "true");
        var layer = learner.get("/learn/roadmaps/" + ROADMAP + "/progress");

        assertThat(layer.statusCode()).isEqualTo(200);
        assertThat(layer.body()).contains("id=\"your-progress\"", "You follow this roadmap", "since 1 Oct 2026 · 6 h a week",
                        "<span>1 of ", " topics finished</span>", "data-done=\"" + topic + "\"", "data-learning=\"" + second + "\"",
                        "href=\"/learn/" + enrollment + "\"", "Open your dashboard")
                .doesNotContain("Follow this roadmap", "hx-swap-oob", "<html");
    }

    @Test
    void aStatusChangedFromTheTopicDetailIsSavedAndTheProgressFollowsInTheSameResponse() {
        follow();
        learner.header("HX-Request", "true");
        var control = learner.get("/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status");
        assertThat(control.statusCode()).isEqualTo(200);
        assertThat(control.body()).contains("Your status", "name=\"version\" value=\"-1\"", "aria-pressed=\"true\" class=\"active\">Not started");

        var changed = learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status", Map.of("status", "DONE", "version", "-1"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("id=\"learner-topic-status\"", "aria-pressed=\"true\" class=\"active\">Done", "name=\"version\" value=\"0\"",
                "id=\"your-progress\"", "hx-swap-oob=\"true\"", "data-done=\"" + topic + "\"", "<span>1 of ", " topics finished</span>");
        assertThat(status(topic)).isEqualTo("DONE");
    }

    @Test
    void aChangeFromAStaleTabIsRefusedWith409AndShowsTheStatusAsItIsNow() {
        follow();
        learner.header("HX-Request", "true");
        learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status", Map.of("status", "LEARNING", "version", "-1"));

        var stale = learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status", Map.of("status", "SKIPPED", "version", "-1"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("This topic was changed in another tab or device", "aria-pressed=\"true\" class=\"active\">Learning");
        assertThat(status(topic)).isEqualTo("LEARNING");
    }

    @Test
    void withoutJavaScriptAChangeReturnsToTheTopicsPublicPage() {
        follow();

        var changed = learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status", Map.of("status", "LEARNING", "version", "-1"));
        var stale = learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status", Map.of("status", "DONE", "version", "-1"));

        assertThat(WebSession.target(changed)).isEqualTo("/roadmaps/" + ROADMAP + "/topics/" + topic);
        assertThat(WebSession.target(stale)).isEqualTo("/roadmaps/" + ROADMAP + "/topics/" + topic + "?conflict");
        assertThat(learner.get(WebSession.target(stale)).body()).contains("This topic was changed in another tab or device", "learner-topic-slot");
        assertThat(status(topic)).isEqualTo("LEARNING");
    }

    @Test
    void anUnknownTopicARoadmapNotFollowedAndBadInputAreRefusedAndNothingIsSaved() {
        follow();

        assertThat(learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/no-such-topic/status", Map.of("status", "DONE", "version", "-1"))
                .statusCode()).isEqualTo(404);
        assertThat(learner.post("/learn", "/learn/roadmaps/backend-growth-map/topics/" + topic + "/status", Map.of("status", "DONE", "version", "-1"))
                .statusCode()).isEqualTo(404);
        var badStatus = learner.post("/learn", "/learn/roadmaps/" + ROADMAP + "/topics/" + topic + "/status", Map.of("status", "FINISHED", "version", "-1"));
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("Choose a status");
        learner.header("HX-Request", "true");
        assertThat(learner.get("/learn/roadmaps/" + ROADMAP + "/topics/no-such-topic/status").statusCode()).isEqualTo(204);
        assertThat(status(topic)).isNull();
    }

    @Test
    void afterLeavingTheRoadmapThePublicPageIsTheVisitorsAgain() {
        String enrollment = follow();
        learner.post("/learn/" + enrollment, "/learn/" + enrollment + "/status", Map.of("status", "LEFT"));
        learner.header("HX-Request", "true");

        assertThat(learner.get("/learn/roadmaps/" + ROADMAP + "/progress").statusCode()).isEqualTo(204);
    }

    private String status(String topicId) {
        return jdbc.sql("select status from learning.topic_progress where enrollment_id = :e and topic_id = :t")
                .param("e", UUID.fromString(enrollment)).param("t", topicId).query(String.class).optional().orElse(null);
    }
}
