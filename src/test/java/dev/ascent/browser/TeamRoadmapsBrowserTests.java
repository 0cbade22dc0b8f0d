package dev.ascent.browser;

import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.teams.TeamFixtures;
import dev.ascent.teams.TeamRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead forks a built-in roadmap for the team, breaks its YAML and sees the problem beside its line, fixes it,
 * sees the changes against the forked file and publishes; a member finds it among the team's roadmaps and opens it.
 * Screenshots at 1280 and 390 px.
 */
class TeamRoadmapsBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TeamFixtures fixtures;

    @Test
    void aLeadForksBreaksFixesComparesAndPublishesAndAMemberOpensIt() {
        String leadEmail = WebSession.uniqueEmail("roadmap-lead");
        UUID lead = accounts.signUp("Lena Lead", leadEmail, WebSession.PASSWORD, "test").value().id();
        UUID team = fixtures.team(lead, "Checkout guild");
        String memberEmail = WebSession.uniqueEmail("roadmap-member");
        UUID member = accounts.signUp("Max Member", memberEmail, WebSession.PASSWORD, "test").value().id();
        fixtures.join(lead, team, member, TeamRole.MEMBER);
        String base = "/teams/" + team;
        String id = "checkout-judgment-" + UUID.randomUUID().toString().substring(0, 6);

        Page page = browser.open(1280, 900, "light");
        signIn(page, leadEmail);
        page.navigate(url(base));
        page.locator(".team-links a", new Page.LocatorOptions().setHasText("Team roadmaps")).click();
        assertThat(page).hasURL(url(base + "/roadmaps"));
        assertThat(page.locator("#team-roadmaps")).containsText("no roadmap of its own yet");
        page.locator("#new-roadmap select[name=from]").selectOption("senior-judgment");
        page.locator("#new-roadmap input[name=id]").fill(id);
        page.locator("#new-roadmap input[name=title]").fill("Checkout judgment");
        shoot(page, "team-roadmaps-01-start");
        page.locator("#new-roadmap button[type=submit]").click();

        assertThat(page).hasURL(url(base + "/roadmaps/" + id + "?started"));
        assertThat(page.locator(".notice.success")).containsText("Roadmap started");
        String text = page.locator("#yaml").inputValue();
        assertThat(text).contains("id: " + id, "title: \"Checkout judgment\"");
        shoot(page, "team-roadmaps-02-editor");

        page.locator("#yaml").fill(text.replaceFirst("kind: practice", "kind: lecture"));
        page.locator("button[value=check]").click();
        assertThat(page.locator("#problems")).containsText("1 problem");
        assertThat(page.locator("#problems")).containsText("lecture");
        assertThat(page.locator("#problems a.where")).containsText("line ");
        page.locator("#problems a.where").first().click();
        assertThat(page.locator("#yaml")).isFocused();
        assertThat(page.locator(".line-numbers")).containsText("120");
        shoot(page, "team-roadmaps-03-problem");

        page.locator("#yaml").fill(text.replace("summary: >-\n  A path for backend engineers", "summary: >-\n  Our checkout team's path for backend engineers"));
        page.locator("button[value=check]").click();
        assertThat(page.locator("#problems")).containsText("No problems");
        page.locator("button[value=changes]").click();
        assertThat(page.locator("#changes")).containsText("as it was forked");
        assertThat(page.locator("#changes tr.diff-added")).not().hasCount(0);
        assertThat(page.locator("#changes")).containsText("Our checkout team's path");
        page.locator("#changes").scrollIntoViewIfNeeded();
        shoot(page, "team-roadmaps-04-changes");

        page.locator("button[value=publish]").click();
        assertThat(page).hasURL(url(base + "/roadmaps/" + id + "?published=1"));
        assertThat(page.locator(".notice.success").first()).containsText("Published version 1 for the team.");
        shoot(page, "team-roadmaps-05-published");

        Page other = browser.open(1280, 900, "light");
        signIn(other, memberEmail);
        other.navigate(url(base + "/roadmaps"));
        assertThat(other.locator("#team-roadmaps")).containsText("Checkout judgment");
        assertThat(other.locator("#new-roadmap")).hasCount(0);
        shoot(other, "team-roadmaps-06-member-list");
        other.locator("#team-roadmaps a", new Page.LocatorOptions().setHasText("Checkout judgment")).click();
        assertThat(other).hasURL(url("/roadmaps/" + id));
        assertThat(other.locator("h1")).containsText("Checkout judgment");
        shoot(other, "team-roadmaps-07-member-opens");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
