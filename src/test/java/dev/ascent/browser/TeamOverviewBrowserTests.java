package dev.ascent.browser;

import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.Learning;
import dev.ascent.teams.PrivacyForm;
import dev.ascent.teams.TeamFixtures;
import dev.ascent.teams.TeamPrivacy;
import dev.ascent.teams.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead opens the overview of a team with a mentor and four members (three with progress, one who hides it),
 * sorts it, opens the matrix on one phase, and assigns a roadmap; a member accepts it. Screenshots at 1280 and 390 px.
 */
class TeamOverviewBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TeamFixtures fixtures;

    @Autowired
    TeamPrivacy privacy;

    @Autowired
    Learning learning;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A review request asked some days ago, straight in the table (the facade cannot date one in the past). */
    private void openReview(UUID team, UUID member, String state, int daysAgo) {
        jdbc.sql("""
                        insert into teams.reviews (id, team_id, member_id, kind, item, title, state, requested_at, waiting_since)
                        values (:id, :team, :member, 'DECISION', :item, 'A decision to review', :state, now() - make_interval(days => :days),
                                now() - make_interval(days => :days))
                        """)
                .param("id", UUID.randomUUID()).param("team", team).param("member", member).param("item", "decision:" + UUID.randomUUID())
                .param("state", state).param("days", daysAgo).update();
    }

    @Test
    void aLeadReadsTheOverviewAndAssignsARoadmapThatAMemberAccepts() {
        String leadEmail = WebSession.uniqueEmail("overview-lead");
        UUID lead = accounts.signUp("Lina Lead", leadEmail, WebSession.PASSWORD, "test").value().id();
        UUID team = fixtures.team(lead, "Payments platform");
        fixtures.join(lead, team, "Mads Mentor", TeamRole.MENTOR);
        UUID olga = fixtures.join(lead, team, "Olga Ahead", TeamRole.MEMBER);
        UUID pete = fixtures.join(lead, team, "Pete Steady", TeamRole.MEMBER);
        UUID rita = fixtures.join(lead, team, "Rita Starting", TeamRole.MEMBER);
        UUID sam = fixtures.join(lead, team, "Sam Private", TeamRole.MEMBER);
        String memberEmail = WebSession.uniqueEmail("overview-member");
        UUID nora = accounts.signUp("Nora New", memberEmail, WebSession.PASSWORD, "test").value().id();
        fixtures.join(lead, team, nora, TeamRole.MEMBER);
        fixtures.follow(olga, learning.today().minusWeeks(10), 12, 7);
        fixtures.follow(pete, learning.today().minusWeeks(10), 8, 3);
        fixtures.follow(rita, learning.today().minusWeeks(1), 6, 1);
        fixtures.follow(sam, learning.today().minusWeeks(8), 10, 4);
        privacy.save(sam, team, new PrivacyForm(false, false, false), 0);
        openReview(team, olga, "OPEN", 4);
        openReview(team, olga, "CHANGES_REQUESTED", 1);
        openReview(team, sam, "OPEN", 0);
        String base = "/teams/" + team;

        Page page = browser.open(1280, 900, "light");
        signIn(page, leadEmail);
        page.navigate(url(base));
        page.locator(".team-links a", new Page.LocatorOptions().setHasText("Overview")).click();
        assertThat(page).hasURL(url(base + "/overview"));
        assertThat(page.locator(".overview-table")).containsText("Olga Ahead");
        assertThat(page.locator(".overview-table")).containsText("not shared");
        assertThat(page.locator("svg.skill-matrix rect")).not().hasCount(0);
        assertThat(page.locator("#activity")).containsText("Olga Ahead finished");
        assertThat(page.locator(".overview-table")).containsText("2 open, oldest 4 days");
        assertThat(page.locator(".overview-table")).containsText("1 open, asked today");
        shoot(page, "team-overview-01");

        page.locator(".overview-table th a", new Page.LocatorOptions().setHasText("Done")).click();
        page.locator(".overview-table th a", new Page.LocatorOptions().setHasText("Done")).click();
        assertThat(page).hasURL(url(base + "/overview?roadmap=" + TeamFixtures.ROADMAP + "&sort=-done"));
        assertThat(page.locator(".overview-table tbody tr").first()).containsText("Olga Ahead");

        page.locator("select[name=phase]").selectOption(fixtures.roadmap().phases().getFirst().id());
        page.locator("form.row-form button", new Page.LocatorOptions().setHasText("Show")).click();
        assertThat(page.locator("#matrix")).containsText("Back to phases");
        shoot(page, "team-overview-02-topics");

        page.navigate(url(base + "/assignments"));
        page.locator("#assign select[name=member]").selectOption(nora.toString());
        page.locator("#assign select[name=roadmapId]").selectOption("backend-junior-to-senior");
        page.locator("#assign input[name=startDate]").fill(learning.today().plusDays(7).toString());
        page.locator("#assign input[name=weeklyHours]").fill("6");
        page.locator("#assign button[type=submit]").click();
        assertThat(page.locator("#assigned")).containsText("Waiting for an answer");
        shoot(page, "team-overview-03-assigned");

        Page member = browser.open(1280, 900, "light");
        signIn(member, memberEmail);
        member.navigate(url("/teams"));
        assertThat(member.locator(".waiting-assignments")).containsText("A roadmap waits for your answer");
        shoot(member, "team-overview-04-waiting");
        member.locator(".waiting-assignments a", new Page.LocatorOptions().setHasText("Answer")).click();
        member.locator("#for-you button", new Page.LocatorOptions().setHasText("Accept")).click();
        assertThat(member.locator(".notice.success")).containsText("you now follow this roadmap");
        shoot(member, "team-overview-05-accepted");
        member.navigate(url(base + "/privacy"));
        shoot(member, "team-overview-06-privacy");

        page.navigate(url(base + "/assignments"));
        assertThat(page.locator("#assigned")).containsText("Accepted and enrolled");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
