package dev.ascent.browser;

import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead creates a team and invites a mentor with a link; a second person opens the link signed out, signs in,
 * comes back to the invitation, accepts, and appears in the member list. Screenshots at 1280 and 390 px.
 */
class TeamsBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void aLeadCreatesATeamInvitesAndTheInviteeJoins() {
        Page lead = browser.open(1280, 900, "light");
        signUp(lead, "Lena Lead");
        lead.locator("header a", new Page.LocatorOptions().setHasText("Teams")).click();
        assertThat(lead).hasURL(url("/teams"));
        assertThat(lead.locator(".empty")).containsText("You are not in a team yet");
        BrowserSession.screenshot(lead, "teams-01-empty-1280");
        lead.setViewportSize(390, 844);
        BrowserSession.screenshot(lead, "teams-01-empty-390");
        lead.setViewportSize(1280, 900);

        lead.locator("#create input[name=name]").fill("");
        lead.locator("#create button[type=submit]").click();
        assertThat(lead.locator("#create .field-error")).containsText("Name the team");
        lead.locator("#create input[name=name]").fill("Payments backend");
        lead.locator("#create button[type=submit]").click();
        assertThat(lead.locator(".notice.success")).containsText("Team created");
        String teamUrl = lead.url().replace("?created", "");

        lead.locator("#invite select[name=role]").selectOption("MENTOR");
        lead.locator("#invite button[type=submit]").click();
        String link = lead.locator("#invitation-link").textContent().strip();
        assertThat(link).matches("http://localhost:\\d+/invitations/[A-Za-z0-9_-]{43}");
        BrowserSession.screenshot(lead, "teams-02-link-1280");
        lead.setViewportSize(390, 844);
        BrowserSession.screenshot(lead, "teams-02-link-390");
        lead.setViewportSize(1280, 900);

        String email = WebSession.uniqueEmail("mentor");
        accounts.signUp("Max Mentor", email, WebSession.PASSWORD, "test");
        Page invitee = browser.open(1280, 900, "light");
        invitee.navigate(link);
        assertThat(invitee).hasURL(url("/sign-in"));
        invitee.locator("input[name=email]").fill(email);
        invitee.locator("input[name=password]").fill(WebSession.PASSWORD);
        invitee.locator("main button[type=submit]").click();
        assertThat(invitee).hasURL(link);
        assertThat(invitee.locator("main")).containsText("Lena Lead invites you to the team Payments backend as mentor.");
        BrowserSession.screenshot(invitee, "teams-03-invitation-1280");
        invitee.setViewportSize(390, 844);
        BrowserSession.screenshot(invitee, "teams-03-invitation-390");
        invitee.setViewportSize(1280, 900);

        invitee.locator("button", new Page.LocatorOptions().setHasText("Accept and join")).click();
        assertThat(invitee).hasURL(teamUrl + "?joined");
        assertThat(invitee.locator(".notice.success")).containsText("Welcome to Payments backend.");
        assertThat(invitee.locator("#members table")).containsText("Max Mentor");
        assertThat(invitee.locator("#members table")).containsText("Mentor");
        BrowserSession.screenshot(invitee, "teams-04-joined-1280");
        invitee.setViewportSize(390, 844);
        BrowserSession.screenshot(invitee, "teams-04-joined-390");

        lead.navigate(teamUrl);
        assertThat(lead.locator("#members table")).containsText("Max Mentor");
        assertThat(lead.locator("#invite")).containsText("No invitation is waiting for an answer.");
        BrowserSession.screenshot(lead, "teams-05-lead-view-1280");
        lead.setViewportSize(390, 844);
        BrowserSession.screenshot(lead, "teams-05-lead-view-390");

        invitee.navigate(link);
        assertThat(invitee.locator("main")).containsText("already been used");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
