package dev.ascent.planning;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.learning.Learning;
import dev.ascent.learning.Proficiency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-planning on the plan page, and one checkpoint evaluation shown alike on the dashboard and the plan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplanPagesTests {

    private static final Pattern DASHBOARD_CHECKPOINT = Pattern.compile("<h3><span>([^<]+)</span> <span class=\"chip status[^\"]*\">([^<]+)</span>");
    private static final Pattern PLAN_CHECKPOINT = Pattern.compile("<strong>([^<]+)</strong>\\s*<span class=\"chip status[^\"]*\">([^<]+)</span>");
    private static final Pattern ENDS = Pattern.compile("<dt>Ends</dt><dd>([^<]+)</dd>");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Learning learning;

    @Autowired
    dev.ascent.learning.progress.Progress progress;

    private record Learner(WebSession web, UUID accountId, String dashboard) {
        String plan() {
            return dashboard + "/plan";
        }
    }

    private Learner follow(String roadmap, LocalDate start, int hours) {
        String email = WebSession.uniqueEmail("replan");
        UUID account = accounts.signUp("Robin Replan", email, WebSession.PASSWORD, "test").value().id();
        WebSession web = new WebSession(port);
        web.signIn(email, WebSession.PASSWORD);
        String target = WebSession.target(web.post("/learn/start/" + roadmap, "/learn/start/" + roadmap,
                Map.of("startDate", start.toString(), "weeklyHours", String.valueOf(hours))));
        return new Learner(web, account, target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
    }

    private static String ends(String page) {
        Matcher m = ENDS.matcher(page);
        assertThat(m.find()).as("the plan shows its end").isTrue();
        return m.group(1);
    }

    @Test
    void changingTheHoursMovesThePlanTheCalendarAndIsRecorded() {
        LocalDate start = learning.today();
        Learner pat = follow("backend-junior-to-senior", start, 10);
        String before = pat.web().get(pat.plan()).body();
        String icsBefore = new String(pat.web().download(pat.plan() + ".ics").body(), java.nio.charset.StandardCharsets.UTF_8);

        var saved = pat.web().post(pat.plan(), pat.plan() + "/pace", Map.of("weeklyHours", "15", "startDate", start.toString(), "version", "0"));
        String after = pat.web().get(WebSession.target(saved)).body();
        String icsAfter = new String(pat.web().download(pat.plan() + ".ics").body(), java.nio.charset.StandardCharsets.UTF_8);
        String dashboard = pat.web().get(pat.dashboard()).body();

        assertThat(before).contains("At 10 h/week", "Change your pace").doesNotContain("Re-planned on", "Make this my plan");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(saved)).endsWith("/plan?replanned");
        assertThat(after).contains("At 15 h/week", "Re-planned: your plan now follows 15 h/week from",
                "Re-planned on %s: 10 → 15 h/week".formatted(dev.ascent.platform.Display.date(learning.today())));
        assertThat(ends(after)).isNotEqualTo(ends(before));
        assertThat(icsAfter.split("BEGIN:VEVENT").length).as("the calendar follows: fewer, fuller weeks")
                .isLessThan(icsBefore.split("BEGIN:VEVENT").length);
        assertThat(icsAfter).as("checkpoints carry the dashboard's status").contains("DESCRIPTION:Upcoming: ");
        assertThat(dashboard).contains("15 h/week");
    }

    @Test
    void theWhatIfOffersToBecomeThePlanAndAMovedStartIsRecorded() {
        LocalDate start = learning.today();
        Learner sam = follow("senior-judgment", start, 6);
        String whatIf = sam.web().get(sam.plan() + "?hours=9").body();
        sam.web().post(sam.plan(), sam.plan() + "/pace", Map.of("weeklyHours", "9", "version", "0"));
        LocalDate later = start.plusDays(14);
        var moved = sam.web().post(sam.plan(), sam.plan() + "/pace",
                Map.of("weeklyHours", "9", "startDate", later.toString(), "version", "1"));
        String page = sam.web().get(sam.plan()).body();

        assertThat(whatIf).contains("Make this my plan (9 h/week)");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(page).contains("At 9 h/week")
                .contains("start %s → %s".formatted(dev.ascent.platform.Display.date(start), dev.ascent.platform.Display.date(later)))
                .contains(": 6 → 9 h/week")
                .doesNotContain("Make this my plan");
        assertThat(page.indexOf("start " + dev.ascent.platform.Display.date(start))).as("newest change first").isLessThan(page.indexOf(": 6 → 9 h/week"));
    }

    @Test
    void badHoursDatesAndAStaleVersionAnswerWithMessagesNamingTheField() {
        LocalDate start = learning.today();
        Learner kim = follow("senior-judgment", start, 6);
        String pace = kim.plan() + "/pace";

        var zero = kim.web().post(kim.plan(), pace, Map.of("weeklyHours", "0", "version", "0"));
        var tooMany = kim.web().post(kim.plan(), pace, Map.of("weeklyHours", "81", "version", "0"));
        var words = kim.web().post(kim.plan(), pace, Map.of("weeklyHours", "x", "version", "0"));
        var farPast = kim.web().post(kim.plan(), pace, Map.of("startDate", start.minusYears(6).toString(), "version", "0"));
        var farAhead = kim.web().post(kim.plan(), pace, Map.of("startDate", start.plusYears(2).toString(), "version", "0"));
        var notADate = kim.web().post(kim.plan(), pace, Map.of("startDate", "next monday", "version", "0"));
        var noVersion = kim.web().post(kim.plan(), pace, Map.of("weeklyHours", "7"));
        kim.web().post(kim.plan(), pace, Map.of("weeklyHours", "7", "version", "0"));
        var stale = kim.web().post(kim.plan(), pace, Map.of("weeklyHours", "12", "version", "0"));
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), WebSession.PASSWORD);
        var theirs = stranger.post("/learn", pace, Map.of("weeklyHours", "12", "version", "1"));

        for (var bad : List.of(zero, tooMany)) {
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("Choose between 1 and 80 hours a week.", "<details class=\"panel pace-panel\" id=\"pace\" open");
        }
        assertThat(words.statusCode()).isEqualTo(422);
        assertThat(words.body()).contains("Give the hours a week as a whole number between 1 and 80.");
        assertThat(farPast.statusCode()).isEqualTo(422);
        assertThat(farPast.body()).contains("Choose a start date within five years back and one year ahead.");
        assertThat(farAhead.statusCode()).isEqualTo(422);
        assertThat(notADate.statusCode()).isEqualTo(422);
        assertThat(notADate.body()).contains("Write the start date as YYYY-MM-DD");
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(noVersion.body()).contains("Send the version you last read");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Your plan was changed in another tab or device", "At 7 h/week")
                .contains("name=\"weeklyHours\" min=\"1\" max=\"80\" value=\"7\"");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(kim.web().get(kim.plan()).body()).contains("At 7 h/week").containsOnlyOnce("Re-planned on");
    }

    @Test
    void theDashboardAndThePlanShowTheSameStatusForEveryCheckpoint() {
        LocalDate today = learning.today();
        Learner lee = follow("senior-judgment", today.minusMonths(4), 6);
        UUID enrollment = learning.enrollments(lee.accountId()).getFirst().id();
        progress.assess(lee.accountId(), enrollment, new dev.ascent.learning.progress.Assessment(Map.of(
                "system-context-map", Proficiency.EXPERT, "critical-dependencies", Proficiency.EXPERT,
                "load-behaviour-fundamentals", Proficiency.PROFICIENT, "measure-service-under-load", Proficiency.EXPERT,
                "find-bottlenecks", Proficiency.PROFICIENT, "fragility-hotspots", Proficiency.EXPERT)));

        List<String> dashboard = statuses(DASHBOARD_CHECKPOINT, lee.web().get(lee.dashboard()).body());
        List<String> plan = statuses(PLAN_CHECKPOINT, lee.web().get(lee.plan()).body());
        List<String> whatIf = statuses(PLAN_CHECKPOINT, lee.web().get(lee.plan() + "?hours=20").body());

        assertThat(dashboard).hasSize(learning.roadmap(lee.accountId(), enrollment).orElseThrow().checkpoints().size());
        assertThat(dashboard).anyMatch(s -> s.endsWith(": Met")).anyMatch(s -> !s.endsWith(": Met"));
        assertThat(plan).isEqualTo(dashboard);
        assertThat(whatIf).as("a what-if changes projected dates, not how things stand").isEqualTo(dashboard);
    }

    private static List<String> statuses(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1) + ": " + m.group(2));
        }
        return found;
    }
}
