package dev.ascent.learning;

import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting, saving and submitting a project, with a self-review against its rubric. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectWorkTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    private WebSession learner;
    private String base;
    private Roadmap.Project project;

    @BeforeEach
    void follow() {
        learner = new WebSession(port).signUp("Pat Projects", WebSession.uniqueEmail("projects"), "lantern orbit maple quietly 7");
        var started = learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of("startDate", "2026-06-01", "weeklyHours", "5"));
        String target = WebSession.target(started);
        project = catalog.roadmap("senior-judgment").orElseThrow().projects().getFirst();
        base = target.substring(0, target.indexOf('?')) + "/projects/" + project.id();
    }

    private Map<String, String> form(String version, String action, String repository, String writeUp, int rated) {
        Map<String, String> fields = new HashMap<>(Map.of("version", version, "action", action, "repositoryUrl", repository, "writeUp", writeUp));
        for (int line = 0; line < rated; line++) {
            fields.put("selfReview[" + line + "]", line % 2 == 0 ? "MET" : "PARTLY");
        }
        return fields;
    }

    @Test
    void aDraftNeedsOnlyWellFormedFieldsButSubmittingNeedsEverything() {
        var badUrl = learner.post(base, base, form("-1", "save", "github.com/me/thing", "", 0));
        var incomplete = learner.post(base, base, form("-1", "submit", "", "", 1));

        assertThat(badUrl.statusCode()).isEqualTo(422);
        assertThat(badUrl.body()).contains("Give the repository as an http(s) address").contains("value=\"github.com/me/thing\"");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("Add the address of the repository reviewers should read.",
                "Write a few lines: what you built", "Rate every rubric line before submitting");
    }

    @Test
    void submittingCountsTheProjectAndShowsTheWriteUpInert() {
        var draft = learner.post(base, base, form("-1", "save", "https://example.org/repo", "Started *here*", 2));
        assertThat(WebSession.target(draft)).isEqualTo(base + "?saved");

        var submitted = learner.post(base, base, form("0", "submit", "https://example.org/repo",
                "## What I built\nA **decision record** <script>alert(1)</script>", project.rubric().size()));
        var page = learner.get(base).body();

        assertThat(WebSession.target(submitted)).isEqualTo(base + "?submitted");
        assertThat(page).contains("Submitted", "<h2>What I built</h2>", "<strong>decision record</strong>", "&lt;script&gt;")
                .doesNotContain("<script>alert(1)");
        String dashboard = learner.get(base.substring(0, base.indexOf("/projects/"))).body();
        assertThat(dashboard).contains("status-met\">Submitted");
    }

    @Test
    void aStaleFormIsRefusedAndKeepsWhatWasTyped() {
        learner.post(base, base, form("-1", "save", "https://example.org/first", "first", 0));

        var stale = learner.post(base, base, form("-1", "save", "https://example.org/second", "my careful second text", 0));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("This project was changed in another tab or device", "my careful second text");
    }
}
