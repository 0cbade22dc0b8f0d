package dev.ascent.practice;

import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A learner works through a scenario in the pages: framing, choosing, the decision record, the
 * consequence and debrief, the self-rating; drafts autosave, stale tabs lose nothing, retries
 * compare side by side, and nobody else can see the attempt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticePagesTests {

    static final String SCENARIO = "retry-storm";
    static final String CONSEQUENCE = "New pods came up at 10:49 and failed readiness";
    static final String DEBRIEF = "This outage outlived its cause.";
    static final String EXPERT_QUESTIONS = "Questions experienced engineers ask here";
    private static final Pattern VERSION = Pattern.compile("id=\"attempt-version\" value=\"(\\d+)\"");
    private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practice practice;

    private WebSession learner;

    @BeforeEach
    void signUp() {
        learner = new WebSession(port).signUp("Pat Practice", WebSession.uniqueEmail("practice"), WebSession.PASSWORD);
    }

    static String start(WebSession session, String scenarioId) {
        HttpResponse<String> started = session.post("/scenarios/" + scenarioId, "/practice/scenarios/" + scenarioId + "/attempts", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        return WebSession.target(started);
    }

    static int version(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as("the page carries the attempt's version").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Submits the current step of the attempt at {@code path} with these fields. */
    static HttpResponse<String> next(WebSession session, String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("version", String.valueOf(version(session.get(path).body())));
        form.put("action", "next");
        return session.post(path, path, form);
    }

    static void finish(WebSession session, String path) {
        assertThat(next(session, path, Map.of("framing", "Retries multiply the load on a saturated service",
                "questions", "- How many attempts does one user request make?")).statusCode()).isEqualTo(302);
        assertThat(next(session, path, Map.of("optionId", "cut-amplification-and-degrade")).statusCode()).isEqualTo(302);
        assertThat(next(session, path, Map.of("recordDecision", "Cut the amplification and degrade. Because retries triple the load.",
                "recordConsequences", "Errors fall within minutes; product pages show older prices.")).statusCode()).isEqualTo(302);
        assertThat(next(session, path, Map.of("ratings[problem-framing]", "3", "ratings[risk]", "4", "ratings[trade-offs]", "2",
                "ratings[communication]", "3", "ratings[impact]", "2", "reflection", "Tell support sooner.")).statusCode()).isEqualTo(302);
    }

    @Test
    void aLearnerWorksThroughAScenarioAndSeesWhatFollowedOnlyAfterDeciding() {
        learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of("startDate", "2026-06-01", "weeklyHours", "5"));
        String path = start(learner, SCENARIO);
        String framing = learner.get(path).body();
        assertThat(framing).contains("The situation and signals", "Requests arriving at the pricing service", "signal-chart", "Tomas",
                "1. Frame the problem", "Drafts save as you type.")
                .doesNotContain(EXPERT_QUESTIONS, CONSEQUENCE, DEBRIEF);

        next(learner, path, Map.of("framing", "Retries multiply the load on a saturated service", "questions", "- Which layers retry?"));
        String choosing = learner.get(path).body();
        assertThat(choosing).contains(EXPERT_QUESTIONS, "Which layers retry?", "2. Choose", "Scale pricing from 8 to 16 pods", "Against")
                .doesNotContain(CONSEQUENCE, DEBRIEF);

        next(learner, path, Map.of("optionId", "scale-out-pricing"));
        String recording = learner.get(path).body();
        assertThat(recording).contains("3. Record the decision", "Scale pricing from 8 to 16 pods.", "- Turn off catalog")
                .doesNotContain(CONSEQUENCE, DEBRIEF);

        next(learner, path, Map.of("recordDecision", "Scale pricing from 8 to 16 pods. Because more capacity buys time.",
                "recordConsequences", "More pods absorb the load while retries burn off."));
        String outcome = learner.get(path).body();
        assertThat(outcome).contains("What happened", "A weak choice", CONSEQUENCE, DEBRIEF, "Sees the feedback loop", "4. What happened");

        var wordRating = learner.post(path, path, Map.of("ratings[risk]", "lots", "version", String.valueOf(version(outcome))));
        assertThat(wordRating.statusCode()).as("a rating that is no number").isEqualTo(422);
        assertThat(wordRating.body()).contains("Rate from 1 (not yet) to 4 (fully).");

        // the attempt was opened 20 minutes ago: that much is credited, less than the scenario's 35-minute estimate
        jdbc.sql("update practice.attempts set started_at = now() - interval '20 minutes' where id = cast(:id as uuid)")
                .param("id", path.substring(path.lastIndexOf('/') + 1)).update();
        next(learner, path, Map.of("ratings[problem-framing]", "2", "ratings[risk]", "1", "ratings[trade-offs]", "2", "ratings[communication]", "3",
                "ratings[impact]", "2"));
        String done = learner.get(path).body();
        assertThat(done).contains("Your self-rating", "Partly", "Try again").doesNotContain("Save draft");

        // learning credits it when practice's ScenarioCompleted reaches it, after the commit and off the request thread
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var credited = jdbc.sql("""
                            select t.topic_id, t.kind, t.minutes, p.status from learning.time_entries t
                            join learning.enrollments e on e.id = t.enrollment_id
                            left join learning.topic_progress p on p.enrollment_id = e.id and p.topic_id = t.topic_id
                            where e.id = (select e2.id from learning.enrollments e2 join accounts.accounts a on a.id = e2.account_id
                                          where a.display_name = 'Pat Practice' and e2.id = e.id
                                          and exists (select 1 from practice.attempts x where x.account_id = a.id and x.id = cast(:attempt as uuid)))
                            """)
                    .param("attempt", path.substring(path.lastIndexOf('/') + 1)).query().listOfRows();
            assertThat(credited).as("the scenario's time is logged as practice on the topics of the roadmap the learner follows")
                    .extracting(row -> row.get("topic_id")).containsExactlyInAnyOrder("stability-patterns", "incident-response");
            assertThat(credited).allSatisfy(row -> {
                assertThat(row.get("kind")).isEqualTo("PRACTICE");
                assertThat(row.get("minutes")).isEqualTo(10);
                assertThat(row.get("status")).isEqualTo("LEARNING");
            });
        });
        assertThat(learner.get("/practice").body()).contains("1 / " + practice.scenarios().size(), "The pricing service was rolled back");
    }

    @Test
    void theConsequenceStepShowsTheChosenOptionSimulatedInTheLabBesideTheBaseline() {
        String path = start(learner, "should-we-add-a-queue");
        next(learner, path, Map.of("framing", "Uploads got slow when the app began sending bigger photos", "questions", "- What changed on 5 June?"));
        next(learner, path, Map.of("optionId", "fix-the-request-path"));
        assertThat(learner.get(path).body()).doesNotContain("Simulated in the lab", "Open this in the lab");
        next(learner, path, Map.of("recordDecision", "Shrink images and set a time budget. Because the photos grew.",
                "recordConsequences", "Uploads fall back under a few seconds without a broker to run."));

        String outcome = learner.get(path).body();
        assertThat(outcome).contains("Simulated in the lab", "Receipt uploads with extraction on the request path", "p99", "failed", "completed",
                "Busiest component, not saturated: receipts-api.", "as things were", "with this option", "p99 latency of completed requests",
                "href=\"/lab/models/receipt-upload?knobs%5Btext-extraction.latency%5D=15&amp;knobs%5Breceipts-api%3Etext-extraction.timeout%5D=6000"
                        + "&amp;knobs%5Breceipts-api%3Etext-extraction.attempts%5D=2\"",
                // the other options, in the debrief: a line each, the queue's in its own model
                "<strong>Simulated:</strong> p99", "href=\"/lab/models/receipt-extraction-queue\"");
        assertThat(outcome.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")).doesNotContainPattern("\\b(null|NaN)\\b");
        // 40.6 s as things are; resized images and a time budget bring it to a few seconds
        assertThat(outcome).containsPattern("<span class=\"sim-before\">4\\d s</span>[^<]*<span aria-hidden=\"true\">→</span><span class=\"visually-hidden\">became</span> <strong>\\d\\.\\d s</strong></span>");
    }

    @Test
    void draftsAutosaveAndAStaleTabGetsAConflictWithItsTextKept() {
        String path = start(learner, SCENARIO);
        String draft = path + "/draft";

        var saved = learner.post(path, draft, Map.of("framing", "first thoughts", "version", "0"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Draft saved at", "id=\"attempt-version\" value=\"1\"", "hx-swap-oob=\"true\"");
        assertThat(learner.get(path).body()).contains("first thoughts");

        var staleDraft = learner.post(path, draft, Map.of("framing", "from the other tab", "version", "0"));
        assertThat(staleDraft.statusCode()).isEqualTo(409);
        assertThat(staleDraft.body()).contains("saved from another tab");

        var staleSubmit = learner.post(path, path, Map.of("framing", "typed in the old tab, long enough", "questions", "what now, then?",
                "version", "0", "action", "next"));
        assertThat(staleSubmit.statusCode()).isEqualTo(409);
        assertThat(staleSubmit.body()).contains("typed in the old tab, long enough", "what now, then?", "saved from another tab");
        assertThat(learner.get(path).body()).contains("first thoughts").doesNotContain("typed in the old tab");

        // another tab moves the attempt on; this tab's framing, typed on the first step, still comes back in that step's form
        next(learner, path, Map.of("framing", "Retries multiply the load", "questions", "- Which layers retry?"));
        var behind = learner.post(path, path, Map.of("framing", "typed while the other tab moved on", "version", "1", "step", "FRAME", "action", "save"));
        assertThat(behind.statusCode()).isEqualTo(409);
        assertThat(behind.body()).contains("typed while the other tab moved on", "name=\"framing\"", "1. Frame the problem");
        var ahead = learner.post(path, path, Map.of("version", "1", "step", "RATE", "action", "save"));
        assertThat(ahead.body()).as("a step the attempt has not reached is never shown").doesNotContain(CONSEQUENCE, DEBRIEF);
    }

    @Test
    void missingAnswersAreNamedAndWhatWasTypedIsStoredAnyway() {
        String path = start(learner, SCENARIO);

        var incomplete = next(learner, path, Map.of("framing", "too short", "questions", ""));

        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("Say in a sentence or two how you see the problem", "Write the questions you would ask first", "too short");
        assertThat(learner.get(path).body()).contains("too short", "1. Frame the problem");
    }

    @Test
    void badInputIsRefusedWithAMessageNeverAServerError() {
        String path = start(learner, SCENARIO);
        next(learner, path, Map.of("framing", "Retries multiply the load", "questions", "- Which layers retry?"));

        var madeUp = next(learner, path, Map.of("optionId", "do-nothing-at-all"));
        assertThat(madeUp.statusCode()).isEqualTo(422);
        assertThat(madeUp.body()).contains("Choose one of the options, or write your own.");
        var own = next(learner, path, Map.of("optionId", "own", "ownOption", ""));
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("Describe the option you would take instead.");
        var huge = learner.post(path, path + "/draft", Map.of("ownOption", "x".repeat(10_001), "version", String.valueOf(version(learner.get(path).body()))));
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("keep it under 10,000");
        var noVersion = learner.post(path, path, Map.of("optionId", "own"));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(learner.post("/scenarios", "/practice/scenarios/no-such-scenario/attempts", Map.of()).statusCode()).isEqualTo(404);
        assertThat(learner.get("/practice/attempts/not-a-uuid").statusCode()).isEqualTo(400);
    }

    @Test
    void aRetryIsANewAttemptAndAttemptsCompareSideBySide() {
        String first = start(learner, SCENARIO);
        assertThat(start(learner, SCENARIO)).as("an unfinished attempt is continued, not doubled").isEqualTo(first);
        finish(learner, first);

        String second = start(learner, SCENARIO);
        assertThat(second).isNotEqualTo(first);
        assertThat(learner.get(second).body()).contains("Attempt 2", "1. Frame the problem");
        next(learner, second, Map.of("framing", "This time I look at the retry layers first", "questions", "- Who retries?"));

        String compare = learner.get("/practice/scenarios/" + SCENARIO + "/compare").body();
        assertThat(compare).contains("Compare your attempts", "Attempt 1", "Attempt 2", "Retries multiply the load on a saturated service",
                "This time I look at the retry layers first", "Remove the retry layers you control", "in progress");
        assertThat(learner.get("/scenarios/" + SCENARIO).body()).contains("Continue attempt 2", "Compare your attempts", "You finished it once.");
    }

    @Test
    void anotherLearnerCannotSeeOrChangeAnAttempt() {
        String path = start(learner, SCENARIO);
        learner.post(path, path + "/draft", Map.of("framing", "private framing", "version", "0"));
        WebSession other = new WebSession(port).signUp("Olly Other", WebSession.uniqueEmail("other"), WebSession.PASSWORD);

        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(other.post("/practice", path + "/draft", Map.of("framing", "overwritten", "version", "1")).statusCode()).isEqualTo(404);
        assertThat(other.post("/practice", path, Map.of("framing", "overwritten", "version", "1", "action", "next")).statusCode()).isEqualTo(404);
        assertThat(other.get("/practice/scenarios/" + SCENARIO + "/compare").statusCode()).isEqualTo(404);
        assertThat(learner.get(path).body()).contains("private framing").doesNotContain("overwritten");
    }

    /** The page's forms that post, each with its hidden CSRF field: a browser without JavaScript sends nothing else. */
    static void everyPostFormCarriesItsCsrfField(String page) {
        Matcher form = POST_FORM.matcher(page);
        int forms = 0;
        while (form.find()) {
            forms++;
            assertThat(form.group(1)).as("a form that posts carries the CSRF token: %s", form.group()).contains("name=\"_csrf\" value=\"");
        }
        // the layout's sign-out form and at least one of the page's own
        assertThat(forms).isGreaterThan(1);
    }

    @Test
    void everyFormThatPostsWorksWithoutJavaScript() {
        everyPostFormCarriesItsCsrfField(learner.get("/scenarios/" + SCENARIO).body());
        String path = start(learner, SCENARIO);
        everyPostFormCarriesItsCsrfField(learner.get(path).body());
        finish(learner, path);
        everyPostFormCarriesItsCsrfField(learner.get(path).body());
        everyPostFormCarriesItsCsrfField(learner.get("/practice/decisions/new").body());
        var created = learner.post("/practice/decisions/new", "/practice/decisions", Map.of("title", "Queue the e-mails", "status", "accepted",
                "decidedOn", "2026-01-05", "context", "Slow checkout", "outcome", "Queue them. Because checkout waits.", "revisitOn", "2026-01-05"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String record = WebSession.target(created);
        String shown = learner.get(record).body();
        assertThat(shown).as("due, so the look-back form is there too").contains("Time to look back");
        everyPostFormCarriesItsCsrfField(shown);
    }

    @Test
    void signalsShowChartsOverTimeBarsPerCategoryLogLinesAndMessages() {
        WebSession visitor = new WebSession(port);

        String overTime = visitor.get("/scenarios/" + SCENARIO).body();
        assertThat(overTime).as("over time: lines, their legend, the numbers as a table, the note")
                .contains("<figure class=\"signal signal-metric\">", "<polyline class=\"series s1\"", "last: 9,870 req/s",
                        "<th scope=\"row\">09:45</th>", "<td>1,190</td>", "Pricing normally answers about 1,200",
                        "<figure class=\"signal signal-log\">", "<figure class=\"signal signal-message\">",
                        "<span class=\"avatar\" aria-hidden=\"true\">T</span>", "Pricing on-call")
                .as("a log line per line").contains("10:08:12 deploy pricing-service v412 rolled out to 8/8 pods\n10:14:55 pricing WARN")
                .doesNotContain("class=\"bar s0\"");
        String perCategory = visitor.get("/scenarios/should-we-add-a-queue").body();
        assertThat(perCategory).contains("<text class=\"tick category\"", ">extract, retries</text>", "<rect class=\"bar s1\"",
                "<title>extract, retries, p95: 19,800 ms</title>", "<ul class=\"series-legend bars\">");
    }

    @Test
    void theLibraryIsOpenAndFiltersByLevel() {
        WebSession visitor = new WebSession(port);

        String library = visitor.get("/scenarios").body();
        assertThat(library).contains("Decisions with consequences", "The pricing service was rolled back", "Sign up to practise");
        String juniors = visitor.get("/scenarios?level=intermediate").body();
        assertThat(juniors).contains("A colleague wants a queue").doesNotContain("The pricing service was rolled back");
        assertThat(visitor.get("/scenarios/" + SCENARIO).body()).contains("Sign in to practise").doesNotContain(DEBRIEF, CONSEQUENCE);
        assertThat(visitor.get("/scenarios/no-such-scenario").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/practice").statusCode()).as("practice is the learner's own").isEqualTo(302);
    }
}
