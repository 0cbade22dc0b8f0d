package dev.ascent.teams;

import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Learning;
import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.progress.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ascent.teams.TeamFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead's view, privacy and assigned roadmaps in the pages, on a team with real data: a lead, a mentor, three
 * members with progress and one who hides it. Bad input answers with the form and the field's message, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamOverviewPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    TeamPrivacy privacy;

    @Autowired
    Learning learning;

    @Autowired
    Progress progress;

    @Autowired
    JdbcClient jdbc;

    record Person(WebSession web, UUID id) {
    }

    Person lead;
    Person mentor;
    Person olga;
    Person pete;
    Person sam;
    UUID quinn;
    UUID team;
    String base;

    private Person person(String name) {
        String email = WebSession.uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", ""));
        WebSession web = new WebSession(port).signUp(name, email, WebSession.PASSWORD);
        UUID id = jdbc.sql("select id from accounts.accounts where email = :e").param("e", email.toLowerCase()).query(UUID.class).single();
        return new Person(web, id);
    }

    @BeforeEach
    void team() {
        lead = person("Lina Lead");
        mentor = person("Mads Mentor");
        olga = person("Olga Ahead");
        pete = person("Pete Steady");
        sam = person("Sam Hidden");
        team = fixtures.team(lead.id(), "Platform guild");
        base = "/teams/" + team;
        fixtures.join(lead.id(), team, mentor.id(), TeamRole.MENTOR);
        for (Person p : new Person[]{olga, pete, sam}) {
            fixtures.join(lead.id(), team, p.id(), TeamRole.MEMBER);
        }
        quinn = fixtures.join(lead.id(), team, "=SUM(1,2) Quinn", TeamRole.MEMBER);
        fixtures.follow(olga.id(), learning.today().minusWeeks(4), 10, 5);
        fixtures.follow(pete.id(), learning.today().minusWeeks(4), 10, 1);
        fixtures.follow(sam.id(), learning.today().minusWeeks(4), 10, 3);
        fixtures.follow(quinn, learning.today().minusWeeks(1), 5, 0);
        saved(privacy.save(sam.id(), team, new PrivacyForm(false, false, false), 0));
    }

    @Test
    void aLeadSeesEachMemberAsFarAsTheyShareSortedByAnyColumn() {
        HttpResponse<String> page = lead.web().get(base + "/overview");
        HttpResponse<String> byDone = lead.web().get(base + "/overview?sort=-done");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Overview of Platform guild", "Olga Ahead", "Pete Steady", "Sam Hidden", "not shared", "Not following Backend growth map",
                "class=\"skill-matrix\"", "Skill matrix", "The matrix as a table", "Recent activity", "Olga Ahead finished",
                "aria-sort=\"ascending\"", "sort=-name", "Download as CSV").doesNotContain("null");
        assertThat(byDone.body().indexOf("Olga Ahead")).as("most done first").isLessThan(byDone.body().indexOf("Pete Steady"));
        assertThat(byDone.body().indexOf("Pete Steady")).as("hidden values last").isLessThan(byDone.body().indexOf("Sam Hidden"));
        assertThat(byDone.body()).doesNotContain("Sam Hidden finished", "Sam Hidden logged");
        assertThat(mentor.web().get(base + "/overview").statusCode()).isEqualTo(200);
    }

    @Test
    void theFeedGroupsEachPersonsChangesByDayInTheRoadmapsOrderAndPeopleSortByName() {
        dev.ascent.catalog.Roadmap roadmap = fixtures.roadmap();
        List<String> phaseTopics = roadmap.phases().getFirst().topicIds();
        String olgasFirst = roadmap.topics().stream().filter(t -> phaseTopics.subList(0, 5).contains(t.id())).findFirst().orElseThrow().title();
        UUID petes = learning.enrollments(List.of(pete.id())).getFirst().id();
        saved(progress.setStatus(pete.id(), petes, phaseTopics.get(5), TopicStatus.LEARNING, -1, false));

        String page = lead.web().get(base + "/overview").body();
        String reversed = lead.web().get(base + "/overview?sort=-name").body();

        assertThat(page).contains("Olga Ahead finished " + HtmlUtils.htmlEscape(olgasFirst) + " and 4 other topics.",
                "Pete Steady started " + HtmlUtils.htmlEscape(roadmap.topic(phaseTopics.get(5)).orElseThrow().title()) + ".",
                "Pete Steady finished " + HtmlUtils.htmlEscape(roadmap.topic(phaseTopics.getFirst()).orElseThrow().title()) + ".");
        List<String> byName = List.of("=SUM(1,2) Quinn", "Lina Lead", "Mads Mentor", "Olga Ahead", "Pete Steady", "Sam Hidden");
        assertThat(people(page)).as("by name, case-blind").isEqualTo(byName);
        assertThat(people(reversed)).isEqualTo(byName.reversed());
    }

    /** The people of the overview's table, in its order. */
    private static List<String> people(String page) {
        Matcher m = Pattern.compile("<span class=\"person-name\">([^<]+)").matcher(page);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }

    @Test
    void openReviewsShowPerPersonWithTheOldestsAgeAndLeadToTheQueue() {
        OpenReviewRows.asked(jdbc, team, olga.id(), ReviewState.OPEN, java.time.Duration.ofDays(3).plusHours(2));
        OpenReviewRows.asked(jdbc, team, sam.id(), ReviewState.CHANGES_REQUESTED, java.time.Duration.ofDays(1).plusHours(2));

        String page = lead.web().get(base + "/overview?sort=reviews").body();
        String csv = new String(lead.web().download(base + "/overview.csv").body(), StandardCharsets.UTF_8);

        assertThat(page).contains(">Open reviews", "data-label=\"Open reviews\"", "<a href=\"" + base + "/reviews\" title=\"The team's review queue\">1 open, 3 days</a>",
                "1 open, 1 day").doesNotContain("null");
        assertThat(page.indexOf("Olga Ahead")).as("longest open first").isLessThan(page.indexOf("Sam Hidden"));
        assertThat(page.indexOf("Sam Hidden")).isLessThan(page.indexOf("Pete Steady"));
        assertThat(csv.lines().findFirst().orElseThrow()).contains("Last activity,Open reviews,Oldest open review (days)");
        assertThat(csv.lines().filter(l -> l.startsWith("Olga Ahead,"))).singleElement().asString().contains(",1,3");
        assertThat(csv.lines().filter(l -> l.startsWith("Pete Steady,"))).singleElement().asString().contains(",0,");
    }

    @Test
    void theMatrixOpensOnTheTopicsOfOnePhase() {
        String phase = fixtures.roadmap().phases().getFirst().id();
        String topic = fixtures.roadmap().topic(fixtures.roadmap().phases().getFirst().topicIds().getFirst()).orElseThrow().title();

        HttpResponse<String> page = lead.web().get(base + "/overview?phase=" + phase + "&sort=level");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("selected>Topics of ", "Back to phases", "Done").contains(topic.replace("&", "&amp;"));
        assertThat(lead.web().get(base + "/overview?phase=no-such-phase&roadmap=no-such-roadmap&sort=%3Cscript%3E").statusCode())
                .as("unknown choices fall back").isEqualTo(200);
    }

    @Test
    void theMatrixDownloadsAsCsvQuotedAndInertInSpreadsheets() {
        HttpResponse<byte[]> csv = lead.web().download(base + "/overview.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "team-overview-backend-growth-map.csv");
        assertThat(text).startsWith("Person,Role,Level reached,Done (%),");
        assertThat(text).contains("\r\n\"'=SUM(1,2) Quinn\",Member,");
        assertThat(text).contains("Sam Hidden,Member,not shared,not shared,not shared,not shared");
        assertThat(text.lines()).hasSize(7);
    }

    @Test
    void membersSeeNoOverviewAndOutsidersNoTeam() {
        Person outsider = person("Oscar Outside");

        assertThat(olga.web().get(base + "/overview").statusCode()).isEqualTo(403);
        assertThat(olga.web().download(base + "/overview.csv").statusCode()).isEqualTo(403);
        assertThat(outsider.web().get(base + "/overview").statusCode()).isEqualTo(404);
        assertThat(outsider.web().download(base + "/overview.csv").statusCode()).isEqualTo(404);
        assertThat(outsider.web().get(base + "/privacy").statusCode()).isEqualTo(404);
        assertThat(outsider.web().get(base + "/assignments").statusCode()).isEqualTo(404);
        assertThat(olga.web().get(base).body()).doesNotContain(base + "/overview\"");
        assertThat(lead.web().get(base).body()).contains(base + "/overview\"", base + "/privacy\"", base + "/assignments\"");
    }

    @Test
    void aMemberChoosesWhatTheyShareAndAStaleFormIsAConflict() {
        String form = olga.web().get(base + "/privacy").body();
        assertThat(form).contains("What you share with Platform guild", "name=\"shareProgress\" value=\"true\" checked", "never shown");

        HttpResponse<String> saved = olga.web().post(base + "/privacy", base + "/privacy", Map.of("sharePlan", "true", "version", "0"));
        HttpResponse<String> stale = olga.web().post(base + "/privacy", base + "/privacy", Map.of("shareProgress", "true", "version", "0"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(olga.web().get(WebSession.target(saved)).body()).contains("Saved.");
        HttpResponse<String> garbage = olga.web().post(base + "/privacy", base + "/privacy", Map.of("shareProgress", "maybe", "version", "x"));
        HttpResponse<String> noVersion = olga.web().post(base + "/privacy", base + "/privacy", Map.of("shareProgress", "true"));
        assertThat(garbage.statusCode()).as(garbage.body()).isBetween(400, 499);
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("another tab or device");
        String overview = lead.web().get(base + "/overview").body();
        assertThat(overview.substring(overview.indexOf("Olga Ahead"))).contains("not shared");
    }

    @Test
    void aLeadAssignsARoadmapAndTheMemberAnswersOnTheirPages() {
        String page = lead.web().get(base + "/assignments").body();
        assertThat(page).contains("Assign a roadmap", "Every member", "You have not assigned a roadmap to anyone yet.");

        HttpResponse<String> bad = lead.web().post(base + "/assignments", base + "/assignments",
                Map.of("member", UUID.randomUUID().toString(), "roadmapId", "nope", "startDate", "2001-01-01", "weeklyHours", "900"));
        HttpResponse<String> unreadable = lead.web().post(base + "/assignments", base + "/assignments",
                Map.of("member", "all", "roadmapId", TeamFixtures.ROADMAP, "startDate", "someday", "weeklyHours", "many"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Choose someone in this team.", "There is no roadmap with this id for this team", "Suggest a start between today",
                "Choose between 1 and 80 hours a week.");
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("field-error");

        HttpResponse<String> assigned = lead.web().post(base + "/assignments", base + "/assignments",
                Map.of("member", pete.id().toString(), "roadmapId", "backend-junior-to-senior", "startDate", learning.today().plusDays(3).toString(),
                        "weeklyHours", "6"));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(302);
        assertThat(lead.web().get(base + "/assignments").body()).contains("Pete Steady", "Waiting for an answer");
        assertThat(pete.web().get("/teams").body()).contains("A roadmap waits for your answer", "from Platform guild");
        assertThat(pete.web().get(base).body()).contains("A roadmap waits for your answer");

        String mine = pete.web().get(base + "/assignments").body();
        Matcher accept = Pattern.compile("action=\"(" + Pattern.quote(base) + "/assignments/[0-9a-f-]+/accept)\"").matcher(mine);
        assertThat(accept.find()).isTrue();
        HttpResponse<String> accepted = pete.web().post(base + "/assignments", accept.group(1), Map.of("version", "0"));
        HttpResponse<String> again = pete.web().post(base + "/assignments", accept.group(1), Map.of("version", "0"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(pete.web().get(WebSession.target(accepted)).body()).contains("you now follow this roadmap");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("answered or changed since");
        assertThat(lead.web().get(base + "/assignments").body()).contains("Accepted and enrolled");
        assertThat(olga.web().post(base + "/assignments", accept.group(1), Map.of("version", "1")).statusCode()).as("not hers").isEqualTo(404);
        assertThat(olga.web().post(base + "/assignments", base + "/assignments",
                Map.of("member", "all", "roadmapId", TeamFixtures.ROADMAP, "startDate", learning.today().toString(), "weeklyHours", "6")).statusCode())
                .as("members do not assign").isEqualTo(403);
    }
}
