package dev.ascent.teams;

import dev.ascent.accounts.ApiClient;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.catalog.Catalog;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.teams.CheckInsTests.PHASE;
import static dev.ascent.teams.CheckInsTests.ROADMAP;
import static dev.ascent.teams.TeamsTests.saved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins and 1:1 notes in the pages and the API, with real data: a mentor starts a check-in, both sides rate in
 * their own forms, the page shows the two side by side with the differences, the mentor records the level and the
 * history shows it; bad and stale input answers with the form and its message, never a 500; other people find nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MentoringPagesTests {

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired Teams teams;
    @Autowired Invitations invitations;
    @Autowired Learning learning;
    @Autowired Catalog catalog;
    @Autowired CheckIns checkIns;
    @Autowired JsonMapper json;

    WebSession mentor;
    WebSession member;
    WebSession otherMember;
    UUID mentorId;
    UUID memberId;
    UUID team;
    List<String> topics;
    String phaseTitle;

    private record Person(UUID id, WebSession session) {
    }

    private Person person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase().replace(' ', '-'));
        UUID id = accounts.signUp(name, email, WebSession.PASSWORD, "test").value().id();
        WebSession session = new WebSession(port);
        session.signIn(email, WebSession.PASSWORD);
        return new Person(id, session);
    }

    private void join(UUID lead, UUID who, TeamRole role) {
        String path = saved(invitations.invite(lead, team, new InvitationForm(role, null))).path();
        saved(invitations.accept(who, path.substring(path.lastIndexOf('/') + 1)));
    }

    @BeforeEach
    void aTeam() {
        Person lead = person("Page Lead");
        Person m = person("Page Mentor");
        Person learner = person("Page <b>Member</b>");
        Person other = person("Page Other");
        mentor = m.session();
        member = learner.session();
        otherMember = other.session();
        mentorId = m.id();
        memberId = learner.id();
        team = saved(teams.create(lead.id(), new TeamForm("Mentoring pages"))).id();
        join(lead.id(), mentorId, TeamRole.MENTOR);
        join(lead.id(), memberId, TeamRole.MEMBER);
        join(lead.id(), other.id(), TeamRole.MEMBER);
        saved(learning.enroll(memberId, ROADMAP, new EnrollmentForm(null, 8)));
        var phase = catalog.roadmap(ROADMAP).orElseThrow().phases().stream().filter(p -> p.id().equals(PHASE)).findFirst().orElseThrow();
        topics = phase.topicIds();
        phaseTitle = phase.title();
    }

    private Map<String, String> levels(String level, String version, String submit) {
        Map<String, String> form = new HashMap<>();
        topics.forEach(topic -> form.put("levels[" + topic + "]", level));
        form.put("version", version);
        form.put("submit", submit);
        return form;
    }

    private static String version(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aCheckInGoesFromStartToAnAgreedLevelInThePages() {
        String history = "/teams/" + team + "/members/" + memberId + "/check-ins";
        assertThat(mentor.get(history).body()).contains("Page &lt;b&gt;Member&lt;/b&gt;’s check-ins", "No check-in yet", phaseTitle)
                .doesNotContain("<b>Member</b>");

        HttpResponse<String> started = mentor.post(history, history, Map.of("phase", ROADMAP + "/" + PHASE));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String checkIn = WebSession.target(started).replace("?started", "");
        String mentorPage = mentor.get(checkIn).body();
        assertThat(mentorPage).contains("Check-in: " + phaseTitle, "Waiting for both assessments", "not in yet", "Submit my levels");

        String memberPage = member.get(checkIn).body();
        HttpResponse<String> partial = member.post(checkIn, checkIn + "/levels", Map.of("levels[" + topics.get(0) + "]", "EXPERT",
                "version", version(memberPage), "submit", "true"));
        assertThat(partial.statusCode()).isEqualTo(422);
        assertThat(partial.body()).contains("Give a level for every topic before you submit")
                .containsPattern("<option value=\"EXPERT\" selected[^>]*>Expert</option>");
        HttpResponse<String> unreadable = member.post(checkIn, checkIn + "/levels", Map.of("levels[" + topics.get(0) + "]", "GURU",
                "version", version(memberPage), "submit", "true"));
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("Choose NONE, AWARE, WORKING, PROFICIENT or EXPERT for each topic.");
        HttpResponse<String> submitted = member.post(checkIn, checkIn + "/levels", levels("WORKING", version(memberPage), "true"));
        assertThat(WebSession.target(submitted)).endsWith("?submitted");
        assertThat(mentor.get(checkIn).body()).contains("in — shown once both are").doesNotContain(">Working</span>");

        Map<String, String> mentorLevels = levels("WORKING", version(mentor.get(checkIn).body()), "true");
        mentorLevels.put("levels[" + topics.get(1) + "]", "PROFICIENT");
        assertThat(WebSession.target(mentor.post(checkIn, checkIn + "/levels", mentorLevels))).endsWith("?submitted");
        String both = member.get(checkIn).body();
        assertThat(both).contains("Both in: ready to agree a level", "Difference", "+1", "assessor higher", "1 of " + topics.size() + " topics rated differently",
                "Page Mentor records the level you agree on.");

        String ready = mentor.get(checkIn).body();
        HttpResponse<String> noLevel = mentor.post(checkIn, checkIn + "/agreement", Map.of("level", "WIZARD", "note", "kept", "version", version(ready)));
        assertThat(noLevel.statusCode()).isEqualTo(422);
        assertThat(noLevel.body()).contains("Choose the level you agree on", ">kept</textarea>");
        HttpResponse<String> agreed = mentor.post(checkIn, checkIn + "/agreement", Map.of("level", "INTERMEDIATE", "note", "Ready for on-call.",
                "version", version(ready)));
        assertThat(WebSession.target(agreed)).endsWith("?agreed");
        HttpResponse<String> again = mentor.post(checkIn, checkIn + "/agreement", Map.of("level", "SENIOR", "version", version(ready)));
        assertThat(again.statusCode()).as("a stale second agreement").isEqualTo(409);

        assertThat(member.get(history).body()).contains("Intermediate", "Agreed", "1 of " + topics.size(), phaseTitle);
        assertThat(member.get(checkIn).body()).contains("Agreed:", "Ready for on-call.", "Recorded by Page Mentor on");
    }

    @Test
    void otherMembersAndOutsidersFindNothingAndAStaleFormKeepsItsChoices() {
        CheckIn checkIn = saved(checkIns.start(mentorId, team, memberId, new CheckInStart(ROADMAP + "/" + PHASE, null)));
        String path = "/teams/" + team + "/check-ins/" + checkIn.id();
        WebSession outsider = person("Page Outsider").session();

        assertThat(otherMember.get(path).statusCode()).isEqualTo(404);
        assertThat(otherMember.get("/teams/" + team + "/members/" + memberId + "/check-ins").statusCode()).isEqualTo(404);
        assertThat(outsider.get(path).statusCode()).isEqualTo(404);
        assertThat(otherMember.post("/teams/" + team, path + "/levels", levels("NONE", "0", "false")).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get(path).statusCode()).as("anonymous: to the sign-in page").isEqualTo(302);

        member.post(path, path + "/levels", levels("AWARE", "0", "false"));
        HttpResponse<String> stale = member.post(path, path + "/levels", levels("EXPERT", "0", "false"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("changed since you opened it").containsPattern("<option value=\"EXPERT\" selected");
    }

    @Test
    void oneOnOneNotesAreSanitisedPrivateAndEditedWithoutLosingText() {
        String thread = "/teams/" + team + "/one-on-ones/" + memberId;
        assertThat(mentor.get(thread).body()).contains("1:1 notes with Page &lt;b&gt;Member&lt;/b&gt;", "No notes yet");

        HttpResponse<String> written = mentor.post(thread, thread, Map.of("body", "We covered **retries**.<script>alert(1)</script>"));
        assertThat(WebSession.target(written)).contains("?written");
        String asMember = member.get("/teams/" + team + "/one-on-ones/" + mentorId).body();
        assertThat(asMember).contains("<strong>retries</strong>", "Page Mentor").doesNotContain("<script>alert(1)");
        assertThat(otherMember.get(thread).statusCode()).as("two members keep no 1:1 notes between them").isEqualTo(404);
        assertThat(otherMember.get("/teams/" + team + "/one-on-ones/" + mentorId).body()).contains("No notes yet");
        assertThat(mentor.post(thread, thread, Map.of("body", " ")).statusCode()).isEqualTo(422);

        String noteId = mentor.get(thread).body().replaceAll("(?s).*id=\"note-([0-9a-f-]{36})\".*", "$1");
        String edit = thread + "/notes/" + noteId;
        assertThat(WebSession.target(mentor.post(thread, edit, Map.of("body", "We covered retries and timeouts.", "version", "0")))).contains("?edited");
        HttpResponse<String> stale = mentor.post(thread, edit, Map.of("body", "My older tab's words", "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("This note was changed", "My older tab's words", "We covered retries and timeouts.");
        assertThat(member.post(thread, edit, Map.of("body", "Not mine", "version", "1")).statusCode()).isEqualTo(404);
        assertThat(mentor.get("/teams/" + team).body()).contains("Check-ins and 1:1 notes", "/one-on-ones/" + memberId);
    }

    @Test
    void theApiHidesTheOtherSideNamesFieldsAndAnswersConflicts() {
        ApiClient api = new ApiClient(port, accounts, "Api Mentor");
        join(teams.team(mentorId, team).orElseThrow().members().stream().filter(m -> m.role() == TeamRole.LEAD).findFirst().orElseThrow().accountId(),
                api.accountId, TeamRole.MENTOR);
        String base = "/api/v1/teams/" + team;

        HttpResponse<String> started = api.call("POST", base + "/members/" + memberId + "/check-ins", "{\"phase\":\"" + ROADMAP + "/" + PHASE + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode checkIn = json.readTree(started.body());
        String path = base + "/check-ins/" + checkIn.get("id").asString();
        assertThat(api.call("PUT", path + "/levels", "{\"levels\":{}}").statusCode()).as("no version").isEqualTo(422);
        HttpResponse<String> badTopic = api.call("PUT", path + "/levels", "{\"levels\":{\"nope\":\"aware\"},\"version\":0}");
        assertThat(badTopic.statusCode()).isEqualTo(422);
        assertThat(json.readTree(badTopic.body()).get("errors").get("levels").asString()).contains("is not a topic of this check-in");
        HttpResponse<String> draft = api.call("PUT", path + "/levels", "{\"levels\":{\"" + topics.get(0) + "\":\"expert\"},\"version\":0}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(api.call("PUT", path + "/levels", "{\"levels\":{},\"version\":0}").statusCode()).isEqualTo(409);
        assertThat(api.call(api.read, "PUT", path + "/levels", "{\"levels\":{},\"version\":1}").statusCode()).as("a read token").isEqualTo(403);
        HttpResponse<String> early = api.call("PUT", path + "/agreement", "{\"level\":\"SENIOR\",\"version\":1}");
        assertThat(json.readTree(early.body()).get("errors").get("level").asString()).isEqualTo("Both assessments must be in before you agree a level.");
        HttpResponse<String> wordVersion = api.call("DELETE", path + "?version=one", null);
        assertThat(wordVersion.statusCode()).as("a query parameter that is no number names itself").isEqualTo(422);
        assertThat(json.readTree(wordVersion.body()).get("errors").get("version").asString())
                .isEqualTo("Send the version you last read, as a whole number.");
        assertThat(api.call("DELETE", "/api/v1/teams/" + team + "/check-ins/not-an-id?version=1", null).statusCode())
                .as("a path that names nothing").isEqualTo(400);
        assertThat(api.call("DELETE", path + "?version=1", null).statusCode()).isEqualTo(204);
        assertThat(api.call(api.read, "GET", path, null).statusCode()).isEqualTo(404);

        HttpResponse<String> note = api.call("POST", base + "/one-on-ones/" + memberId, "{\"body\":\"Hello\"}");
        assertThat(note.statusCode()).isEqualTo(201);
        assertThat(json.readTree(api.call(api.read, "GET", base + "/one-on-ones/" + memberId, null).body()).get("notes").get(0).get("body").asString())
                .isEqualTo("Hello");
    }
}
