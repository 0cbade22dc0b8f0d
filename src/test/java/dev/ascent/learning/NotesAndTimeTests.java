package dev.ascent.learning;

import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Private notes and links per topic, and the time log against the week's suggested mix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotesAndTimeTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    Learning learning;

    private WebSession learner;
    private String journey;
    private String topic;

    @BeforeEach
    void follow() {
        learner = new WebSession(port).signUp("Nia Notes", WebSession.uniqueEmail("notes"), "lantern orbit maple quietly 7");
        String target = WebSession.target(learner.post("/learn/start/backend-junior-to-senior", "/learn/start/backend-junior-to-senior",
                Map.of("startDate", "2026-06-01", "weeklyHours", "12")));
        journey = target.substring(0, target.indexOf('?'));
        topic = catalog.roadmap("backend-junior-to-senior").orElseThrow().topics().getFirst().id();
    }

    @Test
    void notesAreSavedRenderedInertAndAStaleTabKeepsItsText() {
        String page = journey + "/topics/" + topic;

        var saved = learner.post(page, page + "/notes", Map.of("version", "-1", "body", "# Heaps\nA **binary heap** <script>alert(1)</script>"));
        var stale = learner.post(page, page + "/notes", Map.of("version", "-1", "body", "my second thoughts"));
        var tooLong = learner.post(page, page + "/notes", Map.of("version", "0", "body", "x".repeat(50_001)));

        assertThat(WebSession.target(saved)).isEqualTo(page + "?saved");
        String shown = learner.get(page).body();
        assertThat(shown).contains("<h1>Heaps</h1>", "<strong>binary heap</strong>", "&lt;script&gt;").doesNotContain("<script>alert(1)");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("These notes were changed in another tab or device", "my second thoughts");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Your notes are longer than 50,000 characters; shorten them.");
    }

    @Test
    void notesAndProjectWriteUpsAutosaveWhileTypingAndNeverOverwriteAnotherTab() {
        String page = journey + "/topics/" + topic;
        String form = learner.get(page).body();
        assertThat(form).contains("hx-post=\"" + page + "/notes/draft\"", "data-unsaved-warning", "Drafts save as you type.",
                "id=\"notes-version\"");

        var draft = learner.post(page, page + "/notes/draft", Map.of("version", "-1", "body", "half a thought"));
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Draft saved at", "id=\"notes-version\"", "value=\"0\"", "hx-swap-oob=\"true\"");
        assertThat(learner.get(page).body()).as("the draft is the note").contains("half a thought");

        var next = learner.post(page, page + "/notes/draft", Map.of("version", "0", "body", "a whole thought"));
        assertThat(next.body()).contains("value=\"1\"");
        var staleTab = learner.post(page, page + "/notes/draft", Map.of("version", "0", "body", "the other tab's text"));
        assertThat(staleTab.statusCode()).isEqualTo(409);
        assertThat(staleTab.body()).contains("Not saved: this was changed in another tab or device").doesNotContain("hx-swap-oob");
        assertThat(learner.get(page).body()).contains("a whole thought").doesNotContain("the other tab&#39;s text", "the other tab's text");
        var tooLong = learner.post(page, page + "/notes/draft", Map.of("version", "1", "body", "x".repeat(50_001)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Not saved yet: Your notes are longer than 50,000 characters; shorten them.");

        String project = catalog.roadmap("backend-junior-to-senior").orElseThrow().projects().getFirst().id();
        String projectPage = journey + "/projects/" + project;
        assertThat(learner.get(projectPage).body()).contains("hx-post=\"" + projectPage + "/draft\"", "data-unsaved-warning");
        var projectDraft = learner.post(projectPage, projectPage + "/draft", Map.of("version", "-1", "writeUp", "first paragraph of the write-up"));
        assertThat(projectDraft.statusCode()).as(projectDraft.body()).isEqualTo(200);
        assertThat(projectDraft.body()).contains("Draft saved at", "id=\"project-version\"");
        assertThat(learner.get(projectPage).body()).contains("first paragraph of the write-up");

        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), "lantern orbit maple quietly 7");
        assertThat(stranger.post("/learn", page + "/notes/draft", Map.of("version", "1", "body", "mine now")).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn", projectPage + "/draft", Map.of("version", "0", "writeUp", "mine now")).statusCode()).isEqualTo(404);
    }

    @Test
    void personalLinksAreCheckedAddedAndRemoved() {
        String page = journey + "/topics/" + topic;

        var bad = learner.post(page, page + "/links", Map.of("title", "", "url", "javascript:alert(1)"));
        var good = learner.post(page, page + "/links", Map.of("title", "My favourite explanation", "url", "https://example.org/heaps"));
        String shown = learner.get(page).body();

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Give the link a title of at most 120 characters.", "Give an http(s) address");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(shown).contains("href=\"https://example.org/heaps\"", "My favourite explanation");
        String removeAction = shown.substring(shown.indexOf(page + "/links/"), shown.indexOf("/delete\"") + "/delete".length());
        learner.post(page, removeAction, Map.of());
        assertThat(learner.get(page).body()).doesNotContain("My favourite explanation");
    }

    @Test
    void timeIsLoggedAgainstTheWeeksMixAndBadEntriesAreNamed() {
        var logged = learner.post(journey, journey + "/time", Map.of("topicId", topic, "minutes", "90", "day", learning.today().toString()));
        var future = learner.post(journey, journey + "/time", Map.of("minutes", "30", "day", learning.today().plusDays(2).toString()));
        var nonsense = learner.post(journey, journey + "/time", Map.of("minutes", "lots", "kind", "sleeping", "topicId", "nope"));
        var tooMuch = learner.post(journey, journey + "/time", Map.of("minutes", "1400", "day", learning.today().toString()));

        assertThat(WebSession.target(logged)).isEqualTo(journey + "?logged");
        assertThat(learner.get(journey).body()).contains("1.5 h", "of 12 h planned");
        assertThat(future.body()).contains("Time can only be logged for today or earlier.");
        assertThat(nonsense.statusCode()).isEqualTo(422);
        assertThat(nonsense.body()).contains("Give the minutes as a whole number, e.g. 45.", "Choose theory, practice or community.",
                "Choose a topic of this roadmap, or none.");
        assertThat(tooMuch.body()).contains("That would make more than 24 hours on");
    }

    @Test
    void theTimeLogOffersEveryTopicByPhaseAndKeepsTheChoiceWhenTheEntryIsRefused() {
        var roadmap = catalog.roadmap("backend-junior-to-senior").orElseThrow();
        String lastTopic = roadmap.phases().getLast().topicIds().getLast();

        String first = learner.get(journey).body();
        String again = learner.get(journey).body();
        var refused = learner.post(journey, journey + "/time", Map.of("topicId", lastTopic, "minutes", "lots"));

        String select = first.substring(first.indexOf("<select name=\"topicId\">"), first.indexOf("</select>", first.indexOf("<select name=\"topicId\">")));
        assertThat(select.split("<optgroup ")).hasSize(roadmap.phases().size() + 1);
        assertThat(select.split("<option ")).as("every topic, and the roadmap in general").hasSize(roadmap.topics().size() + 2);
        assertThat(select).contains("<optgroup label=\"" + roadmap.phases().getFirst().title() + "\">").doesNotContain("selected");
        assertThat(again).as("the same select, from the cache").contains(select);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<option value=\"" + lastTopic + "\" selected>");
    }

    @Test
    void strangersSeeNothing() {
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), "lantern orbit maple quietly 7");

        assertThat(stranger.get(journey + "/topics/" + topic).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn", journey + "/topics/" + topic + "/notes", Map.of("version", "-1", "body", "mine now")).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn", journey + "/time", Map.of("minutes", "30")).statusCode()).isEqualTo(404);
    }

    @Test
    void aPageNamesEveryValueItCouldNotReadAndKeepsWhatWasTyped() {
        var time = learner.post(journey, journey + "/time", Map.of("minutes", "lots", "day", "the 3rd", "topicId", topic));
        assertThat(time.statusCode()).isEqualTo(422);
        assertThat(time.body()).contains("Give the minutes as a whole number, e.g. 45.", "Write the day as YYYY-MM-DD",
                "value=\"lots\"", "value=\"the 3rd\"", "<option value=\"" + topic + "\" selected>");

        String page = journey + "/topics/" + topic;
        assertThat(learner.post(page, page + "/notes", Map.of("version", "first", "body", "text")).statusCode())
                .as("a version that is no number: a damaged form").isEqualTo(400);
        assertThat(learner.post(journey, journey + "/topics/" + topic + "/status", Map.of("status", "FINISHED", "version", "-1")).statusCode())
                .as("a status that is none").isEqualTo(400);
    }
}
