package dev.ascent.planning;

import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Weeks off move the plan; the plan goes to calendars as a download and as a secret, revocable feed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarAndWeeksOffTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void weeksOffPushTheEndBackAndBadDaysAreNamed() {
        WebSession learner = new WebSession(port).signUp("Wes Weeks", WebSession.uniqueEmail("weeks"), "lantern orbit maple quietly 7");
        String journey = WebSession.target(learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of()));
        String plan = journey.substring(0, journey.indexOf('?')) + "/plan";
        String before = learner.get(plan).body();

        LocalDate today = LocalDate.now();
        for (int week = 0; week < 4; week++) {
            learner.post(plan, plan + "/weeks-off", Map.of("day", today.plusWeeks(week).toString()));
        }
        var bad = learner.post(plan, plan + "/weeks-off", Map.of("day", "next tuesday"));
        String after = learner.get(plan).body();

        assertThat(after).contains("Week of ");
        assertThat(endOf(after)).isAfter(endOf(before));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Choose a day of the week you will not study");
    }

    @Test
    void thePlanDownloadsAsICalendarAndAFeedWorksUntilRevoked() throws Exception {
        WebSession learner = new WebSession(port).signUp("Cal Endar", WebSession.uniqueEmail("calendar"), "lantern orbit maple quietly 7");
        String journey = WebSession.target(learner.post("/learn/start/backend-junior-to-senior", "/learn/start/backend-junior-to-senior", Map.of()));
        String plan = journey.substring(0, journey.indexOf('?')) + "/plan";

        var download = learner.get(plan.replace("/plan", "/plan.ics"));
        var made = learner.post(plan, plan + "/calendar", Map.of());
        var matcher = Pattern.compile("(http://localhost:\\d+/calendar/[A-Za-z0-9_-]+\\.ics)").matcher(made.body());
        assertThat(matcher.find()).isTrue();
        String feed = matcher.group(1);
        var subscribed = anonymous(feed);
        learner.post(plan, plan + "/calendar/revoke", Map.of());
        var revoked = anonymous(feed);
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), "lantern orbit maple quietly 7");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(download.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "Checkpoint: ", "PRODID:-//Ascent//Plan//EN");
        assertThat(subscribed.statusCode()).isEqualTo(200);
        assertThat(subscribed.body()).contains("BEGIN:VEVENT");
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(anonymous("/calendar/made-up.ics").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/learn", plan + "/calendar", Map.of()).statusCode()).isEqualTo(404);
        assertThat(stranger.get(plan.replace("/plan", "/plan.ics")).statusCode()).isEqualTo(404);
    }

    @Test
    void weeklyHoursBecomeTimedSessionsOnTheLearnersStudyDays() {
        WebSession learner = new WebSession(port).signUp("Stu Days", WebSession.uniqueEmail("days"), "lantern orbit maple quietly 7");
        String journey = WebSession.target(learner.post("/learn/start/backend-junior-to-senior", "/learn/start/backend-junior-to-senior",
                Map.of("weeklyHours", "10")));
        String plan = journey.substring(0, journey.indexOf('?')) + "/plan";
        String ics = plan.replace("/plan", "/plan.ics");

        var byDefault = sessions(learner.get(ics).body());
        assertThat(byDefault).isNotEmpty().allSatisfy(session -> {
            assertThat(session.start().getDayOfWeek().getValue()).as("weekday evenings until the learner chooses").isLessThanOrEqualTo(5);
            assertThat(session.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(19, 0));
        });
        assertThat(byDefault.getFirst().minutes()).as("10 h over five days").isEqualTo(120);
        assertThat(learner.get(plan).body()).contains("name=\"days\" value=\"MONDAY\" checked", "value=\"19:00\"");

        var saved = learner.post(plan, plan + "/schedule", Map.of("days", "SATURDAY", "start", "07:30"));
        assertThat(WebSession.target(saved)).endsWith("/plan?schedule-saved");
        assertThat(learner.get(WebSession.target(saved)).body()).contains("Study days saved: Sat at 07:30.");
        var saturdays = sessions(learner.get(ics).body());
        assertThat(saturdays).isNotEmpty().allSatisfy(session -> {
            assertThat(session.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
            assertThat(session.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 30));
        });
        assertThat(saturdays.getFirst().minutes()).as("the whole week's 10 h on the one day").isEqualTo(600);
    }

    @Test
    void badStudyDaysAreNamedAndNothingChanges() {
        WebSession learner = new WebSession(port).signUp("Bad Days", WebSession.uniqueEmail("baddays"), "lantern orbit maple quietly 7");
        String journey = WebSession.target(learner.post("/learn/start/senior-judgment", "/learn/start/senior-judgment", Map.of()));
        String plan = journey.substring(0, journey.indexOf('?')) + "/plan";

        var none = learner.post(plan, plan + "/schedule", Map.of("start", "25:99"));
        var odd = learner.post(plan, plan + "/schedule", Map.of("days", "FUNDAY", "start", "23:30"));
        WebSession stranger = new WebSession(port).signUp("Stranger", WebSession.uniqueEmail("stranger"), "lantern orbit maple quietly 7");

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("Choose at least one day you study.", "Write the time as HH:MM, e.g. 19:00.", "value=\"25:99\"");
        assertThat(odd.statusCode()).isEqualTo(422);
        assertThat(odd.body()).contains("Choose days of the week from Monday to Sunday.", "Start by 23:00, so a session ends on its day.");
        assertThat(sessions(learner.get(plan.replace("/plan", "/plan.ics")).body()).getFirst().start().toLocalTime())
                .isEqualTo(java.time.LocalTime.of(19, 0));
        assertThat(stranger.post("/learn", plan + "/schedule", Map.of("days", "MONDAY", "start", "08:00")).statusCode()).isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Autowired
    dev.ascent.accounts.TestAccounts accounts;

    @Test
    void theApiReadsAndSetsStudyDaysAndNamesBadOnes() {
        var api = new dev.ascent.accounts.ApiClient(port, accounts, "Api Days");
        var created = api.call("POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"weeklyHours\":\"6\"}");
        String id = created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        String path = "/api/v1/enrollments/" + id + "/plan/schedule";

        var initial = api.call("GET", path, null);
        var saved = api.call("PUT", path, "{\"days\":[\"TUESDAY\",\"thursday\"],\"start\":\"06:45\"}");
        var bad = api.call("PUT", path, "{\"days\":[],\"start\":\"08:00\"}");
        // a value JSON cannot read into its type is refused on its own, before any rule is checked
        var badTime = api.call("PUT", path, "{\"days\":[\"MONDAY\"],\"start\":\"noon\"}");
        var readOnly = api.call(api.read, "PUT", path, "{\"days\":[\"MONDAY\"],\"start\":\"08:00\"}");

        assertThat(initial.body()).isEqualTo("{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"start\":\"19:00\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).isEqualTo("{\"days\":[\"TUESDAY\",\"THURSDAY\"],\"start\":\"06:45\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("days", "Choose at least one day you study.");
        assertThat(badTime.statusCode()).isEqualTo(422);
        assertThat(badTime.body()).contains("start", "Write the time as HH:MM");
        var badDay = api.call("PUT", path, "{\"days\":[\"funday\"],\"start\":\"08:00\"}");
        assertThat(badDay.statusCode()).isEqualTo(422);
        assertThat(badDay.body()).contains("days", "Choose days of the week from Monday to Sunday.");
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(sessions(api.call("GET", "/api/v1/enrollments/" + id + "/plan.ics", null).body()))
                .isNotEmpty().allSatisfy(s -> assertThat(s.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(6, 45)));
        assertThat(api.call("GET", "/api/v1/enrollments/" + java.util.UUID.randomUUID() + "/plan/schedule", null).statusCode()).isEqualTo(404);
    }

    record Session(java.time.LocalDateTime start, long minutes) {
    }

    /** The study sessions of a calendar: their floating local start and length. */
    private static java.util.List<Session> sessions(String ics) {
        var format = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        java.util.List<Session> sessions = new java.util.ArrayList<>();
        for (String event : ics.split("BEGIN:VEVENT")) {
            if (!event.contains("UID:study-")) {
                continue;
            }
            var start = Pattern.compile("DTSTART:(\\d{8}T\\d{6})\r?\n").matcher(event);
            var end = Pattern.compile("DTEND:(\\d{8}T\\d{6})\r?\n").matcher(event);
            assertThat(start.find()).as("a floating local time, no zone: " + event).isTrue();
            assertThat(end.find()).isTrue();
            var from = java.time.LocalDateTime.parse(start.group(1), format);
            sessions.add(new Session(from, java.time.Duration.between(from, java.time.LocalDateTime.parse(end.group(1), format)).toMinutes()));
        }
        return sessions;
    }

    private static LocalDate endOf(String page) {
        var matcher = Pattern.compile("<dt>Ends</dt><dd>(\\d{1,2} \\w{3} \\d{4})").matcher(page);
        assertThat(matcher.find()).isTrue();
        return LocalDate.parse(matcher.group(1), java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
