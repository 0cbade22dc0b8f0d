package dev.ascent.security;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting, revoking or changing another person's object by its id answers 404, as reading it does,
 * in the pages and in the API, and leaves the object as it was: never a redirect that looks like success.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipTests {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final String TOPIC = "system-context-map";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private Person owner;
    private Person intruder;
    private String ownersEnrollment;
    private String intrudersEnrollment;

    /** One person through both doors: a signed-in browser and a read-write token. */
    record Person(UUID id, WebSession pages, ApiClient api) {
    }

    @BeforeAll
    void twoLearners() {
        owner = person("owner");
        intruder = person("intruder");
        ownersEnrollment = enroll(owner);
        intrudersEnrollment = enroll(intruder);
    }

    private Person person(String name) {
        ApiClient api = new ApiClient(port, accounts, "Test " + name);
        String email = accounts.find(api.accountId).orElseThrow().email();
        WebSession pages = new WebSession(port);
        assertThat(WebSession.target(pages.signIn(email, WebSession.PASSWORD))).isEqualTo("/learn?signed-in");
        return new Person(api.accountId, pages, api);
    }

    private static String enroll(Person person) {
        var created = person.api().call("POST", "/api/v1/enrollments", "{\"roadmapId\":\"senior-judgment\",\"weeklyHours\":\"6\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created);
    }

    @Test
    void revokingAnotherAccountsTokenIsNotFound() {
        UUID token = accounts.tokens(owner.id()).getFirst().id();

        assertThat(intruder.pages().post("/account", "/account/tokens/" + token + "/revoke", Map.of()).statusCode()).isEqualTo(404);
        assertThat(intruder.api().call("DELETE", "/api/v1/me/tokens/" + token, null).statusCode()).isEqualTo(404);

        assertThat(accounts.token(owner.id(), token).orElseThrow().active()).as("still active").isTrue();
    }

    @Test
    void deletingAnotherAccountsLinkIsNotFound() {
        var added = owner.api().call("POST", "/api/v1/enrollments/" + ownersEnrollment + "/topics/" + TOPIC + "/links",
                "{\"title\":\"Mine\",\"url\":\"https://example.org/mine\"}");
        assertThat(added.statusCode()).as(added.body()).isLessThan(300);
        String link = id(added.body().substring(added.body().indexOf("\"links\"")));

        for (String enrollment : new String[] {ownersEnrollment, intrudersEnrollment}) {
            String page = "/learn/" + enrollment + "/topics/" + TOPIC;
            assertThat(intruder.pages().post("/account", page + "/links/" + link + "/delete", Map.of()).statusCode())
                    .as("page, through enrolment %s", enrollment).isEqualTo(404);
            assertThat(intruder.api().call("DELETE", "/api/v1/enrollments/" + enrollment + "/links/" + link, null).statusCode())
                    .as("API, through enrolment %s", enrollment).isEqualTo(404);
        }

        assertThat(owner.api().call("DELETE", "/api/v1/enrollments/" + ownersEnrollment + "/links/" + link, null).statusCode())
                .as("the owner's link was still there").isEqualTo(204);
        assertThat(owner.pages().post("/account", "/learn/" + ownersEnrollment + "/topics/" + TOPIC + "/links/" + link + "/delete", Map.of())
                .statusCode()).as("a link already gone").isEqualTo(404);
    }

    @Test
    void deletingAnotherAccountsJournalEntryIsNotFound() {
        assertThat(owner.api().call("POST", "/api/v1/journal", "{\"title\":\"Mine\",\"body\":\"private\",\"day\":\"%s\"}"
                .formatted(LocalDate.now().minusDays(1))).statusCode()).isEqualTo(201);
        String entry = id(owner.api().call("GET", "/api/v1/journal", null));

        assertThat(intruder.pages().post("/account", "/learn/journal/" + entry + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(intruder.api().call("DELETE", "/api/v1/journal/" + entry, null).statusCode()).isEqualTo(404);

        assertThat(owner.api().call("DELETE", "/api/v1/journal/" + entry, null).statusCode()).as("still there").isEqualTo(204);
    }

    @Test
    void changingOrDeletingAnotherAccountsTimeEntryIsNotFound() {
        var logged = owner.api().call("POST", "/api/v1/enrollments/" + ownersEnrollment + "/time", "{\"topicId\":\"" + TOPIC + "\",\"minutes\":\"30\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        Matcher found = Pattern.compile("\"id\":(\\d+)").matcher(owner.api().call("GET", "/api/v1/enrollments/" + ownersEnrollment + "/time/entries", null).body());
        assertThat(found.find()).isTrue();
        String entry = found.group(1);
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();

        for (String enrollment : new String[] {ownersEnrollment, intrudersEnrollment}) {
            String api = "/api/v1/enrollments/" + enrollment + "/time/entries/" + entry;
            String page = "/learn/" + enrollment + "/time/entries/" + entry;
            assertThat(intruder.api().call("PUT", api, "{\"day\":\"%s\",\"minutes\":\"5\",\"version\":0}".formatted(today)).statusCode())
                    .as("API edit, through enrolment %s", enrollment).isEqualTo(404);
            assertThat(intruder.api().call("DELETE", api + "?version=0", null).statusCode()).as("API delete, through %s", enrollment).isEqualTo(404);
            assertThat(intruder.pages().post("/account", page, Map.of("day", today, "minutes", "5", "version", "0")).statusCode())
                    .as("page edit, through enrolment %s", enrollment).isEqualTo(404);
            assertThat(intruder.pages().post("/account", page + "/delete", Map.of("version", "0")).statusCode())
                    .as("page delete, through enrolment %s", enrollment).isEqualTo(404);
        }

        assertThat(owner.api().call("GET", "/api/v1/enrollments/" + ownersEnrollment + "/time/entries", null).body())
                .as("unchanged").contains("\"minutes\":30");
        assertThat(owner.api().call("DELETE", "/api/v1/enrollments/" + ownersEnrollment + "/time/entries/" + entry + "?version=0", null)
                .statusCode()).as("still there").isEqualTo(204);
    }

    @Test
    void deletingAnotherAccountsDecisionRecordIsNotFound() {
        var created = owner.api().call("POST", "/api/v1/decisions",
                "{\"title\":\"Mine\",\"status\":\"accepted\",\"context\":\"c\",\"outcome\":\"o\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String record = id(created);

        assertThat(intruder.pages().post("/account", "/practice/decisions/" + record + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(intruder.api().call("DELETE", "/api/v1/decisions/" + record, null).statusCode()).isEqualTo(404);

        assertThat(owner.api().call("DELETE", "/api/v1/decisions/" + record, null).statusCode()).as("still there").isEqualTo(204);
    }

    @Test
    void changingAnotherAccountsAttemptIsNotFound() {
        String attempt = id(owner.api().call("POST", "/api/v1/scenarios/flying-blind/attempts", null));

        assertThat(intruder.pages().post("/account", "/practice/attempts/" + attempt, Map.of("version", "0", "framing", "mine now"))
                .statusCode()).isEqualTo(404);
        assertThat(intruder.pages().post("/account", "/practice/attempts/" + attempt + "/draft", Map.of("version", "0", "framing", "mine now"))
                .statusCode()).isEqualTo(404);
        assertThat(intruder.api().call("PATCH", "/api/v1/attempts/" + attempt, "{\"version\":0,\"framing\":\"mine now\"}").statusCode())
                .isEqualTo(404);

        assertThat(owner.api().call("GET", "/api/v1/attempts/" + attempt, null).body()).doesNotContain("mine now");
    }

    @Test
    void removingAnotherAccountsWeekOffOrCalendarFeedIsNotFound() {
        String plan = "/learn/" + ownersEnrollment + "/plan";
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        owner.pages().post(plan, plan + "/weeks-off", Map.of("day", monday.toString()));
        owner.pages().post(plan, plan + "/calendar", Map.of());

        assertThat(intruder.pages().post("/account", plan + "/weeks-off/" + monday + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(intruder.pages().post("/account", plan + "/calendar/revoke", Map.of()).statusCode()).isEqualTo(404);

        assertThat(owner.pages().get(plan).body()).as("the week off is still there").contains("Week of ");
    }

    private static String id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return id(response.body());
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as("an id in %s", json).isTrue();
        return matcher.group(1);
    }
}
