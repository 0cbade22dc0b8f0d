package dev.ascent.learning;

import dev.ascent.learning.journal.Activity;

import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal: entries with tags and topics, editing without losing updates, activity and streak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JournalTests {

    @LocalServerPort
    int port;

    @Autowired
    Learning learning;

    private WebSession learner;

    @BeforeEach
    void signUp() {
        learner = new WebSession(port).signUp("Jo Journal", WebSession.uniqueEmail("journal"), "lantern orbit maple quietly 7");
        learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of("startDate", "2026-06-01", "weeklyHours", "5"));
    }

    private String entryAction(String page) {
        int at = page.indexOf("href=\"/learn/journal/");
        return page.substring(at + 6, page.indexOf('"', at + 6));
    }

    @Test
    void writesAnEntryWithTagsAndTopicsAndFiltersByTag() {
        var saved = learner.post("/learn/journal", "/learn/journal", Map.of("title", "Queues are not free",
                "body", "Adding a queue **moved** the failure <script>alert(1)</script>", "tags", "System Design, incidents",
                "topics", "senior-judgment/system-context-map"));
        learner.post("/learn/journal", "/learn/journal", Map.of("title", "Reading notes", "body", "DDIA chapter 1", "tags", "reading"));

        assertThat(WebSession.target(saved)).isEqualTo("/learn/journal?saved");
        String all = learner.get("/learn/journal").body();
        assertThat(all).contains("Queues are not free", "<strong>moved</strong>", "&lt;script&gt;", "system-design", "Reading notes")
                .doesNotContain("<script>alert(1)");
        String tagged = learner.get("/learn/journal?tag=system-design").body();
        assertThat(tagged).contains("Queues are not free").doesNotContain("Reading notes");
        assertThat(all).contains("1 day in a row");
    }

    @Test
    void topicsArePickedFromCheckboxesGroupedByRoadmapAndPhaseAndStayPickedAfterAMistake() {
        String form = learner.get("/learn/journal").body();

        assertThat(form).contains("<legend>About topics (optional)</legend>", "data-topic-filter", "None chosen",
                "<p class=\"choice-group\">Senior judgment", "type=\"checkbox\" name=\"topics\" value=\"senior-judgment/system-context-map\"")
                .doesNotContain("<select name=\"topics\" multiple");

        var bad = learner.post("/learn/journal", "/learn/journal", Map.of("title", "", "body", "b", "topics", "senior-judgment/system-context-map"));
        assertThat(bad.body()).containsPattern("value=\"senior-judgment/system-context-map\" checked(=\"checked\")?>").contains("1 chosen");
    }

    @Test
    void notesAndJournalExportAsOneMarkdownDocument() {
        learner.post("/learn/journal", "/learn/journal", Map.of("title", "Queues are not free", "body", "A **queue** moved the failure.",
                "tags", "incidents", "topics", "senior-judgment/system-context-map"));
        String topicPage = WebSession.target(learner.get("/learn/start/senior-judgment")) + "/topics/system-context-map";
        learner.post(topicPage, topicPage + "/notes", Map.of("version", "-1", "body", "Draw it from the manifests."));

        var export = learner.get("/learn/export.md");

        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(export.body()).contains("# My notes and journal from Ascent", "## Senior judgment", "### Map the system as it really runs",
                "Draw it from the manifests.", "## Journal", "— Queues are not free", "Tags: incidents",
                "Topics: Map the system as it really runs", "A **queue** moved the failure.");
    }

    @Test
    void badEntriesAreNamedAndKeepWhatWasTyped() {
        var bad = learner.post("/learn/journal", "/learn/journal", Map.of("title", "", "day", LocalDate.now().plusDays(3).toString(),
                "body", "kept text", "tags", "ok, not/ok", "topics", "someone-else/topic"));

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Give the entry a title.", "A journal entry is about today or a day before it.",
                "Tags are words of letters and digits", "Choose topics from your roadmaps.", "kept text");
    }

    @Test
    void aStaleEditIsRefusedAndStrangersSeeNothing() {
        learner.post("/learn/journal", "/learn/journal", Map.of("title", "First", "body", "one"));
        String entry = entryAction(learner.get("/learn/journal").body());

        var fresh = learner.post(entry, entry, Map.of("title", "First, edited", "body", "two", "version", "0"));
        var stale = learner.post(entry, entry, Map.of("title", "Stale", "body", "my stale words", "version", "0"));
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), "lantern orbit maple quietly 7");

        assertThat(WebSession.target(fresh)).isEqualTo("/learn/journal?saved");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("my stale words");
        assertThat(stranger.get(entry).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn/journal", entry + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(WebSession.target(learner.post(entry, entry + "/delete", Map.of()))).isEqualTo("/learn/journal?deleted");
    }

    @Test
    void theStreakCountsConsecutiveActiveDaysAndTodayMayStillCome() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        Map<LocalDate, Integer> days = new HashMap<>(Map.of(today.minusDays(1), 2, today.minusDays(2), 1, today.minusDays(4), 5));

        Activity yesterday = Activity.of(today, days);
        days.put(today, 1);
        Activity withToday = Activity.of(today, days);

        assertThat(yesterday.streak()).isEqualTo(2);
        assertThat(withToday.streak()).isEqualTo(3);
        assertThat(withToday.cells()).hasSize(26 * 7 - 4); // 26 weeks from a Monday up to this Wednesday
        assertThat(withToday.cells().getLast().level()).isEqualTo(1);
        assertThat(withToday.prompt()).endsWith("?");
    }
}
