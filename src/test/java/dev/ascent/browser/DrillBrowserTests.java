package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.learning.EnrollmentForm;
import dev.ascent.learning.Learning;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.InvitationForm;
import dev.ascent.teams.InvitationLink;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.TeamForm;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": an on-call plays a drill to recovery in the browser (the clock run live and stepped, an alert
 * acknowledged, a dashboard opened, the rollback taken) and writes its debrief, which lands in their journal; then a
 * mentor runs a drill for a member of their team as game master, watching it live, giving a hint and injecting a fault,
 * and both see how it ended. Screenshots at 1280 and 390 px.
 */
class DrillBrowserTests extends BrowserTest {

    static final String DRILL = "bad-deploy-latency";

    @Autowired TestAccounts accounts;
    @Autowired Learning learning;
    @Autowired Teams teams;
    @Autowired Invitations invitations;

    private UUID person(String name, String email) {
        return accounts.signUp(name, email, WebSession.PASSWORD, "test").value().id();
    }

    private static void click(Page page, String button) {
        page.locator("#console button", new Page.LocatorOptions().setHasText(button)).first().click();
    }

    /** Steps the clock a minute and waits for the console to show the new time. */
    private static void minute(Page page) {
        String before = page.locator(".clock .now").textContent();
        click(page, "+1 min");
        assertThat(page.locator(".clock .now")).not().hasText(before);
    }

    @Test
    void anOnCallPlaysADrillToRecoveryAndWritesTheDebrief() {
        String email = WebSession.uniqueEmail("drill-browser");
        UUID me = person("Dara Drill", email);
        learning.enroll(me, "senior-judgment", new EnrollmentForm(null, 6));
        Page page = browser.open(1280, 900, "light");
        signIn(page, email);

        page.navigate(url("/drills"));
        assertThat(page.locator("h1")).hasText("Incident drills");
        assertThat(page.locator(".drill-card")).hasCount(6);
        shoot(page, "drills-01-library");
        page.locator(".drill-card a", new Page.LocatorOptions().setHasText("Checkout slows down after a routine release")).click();
        assertThat(page.locator("h1")).hasText("Checkout slows down after a routine release");
        shoot(page, "drills-02-drill");
        page.locator("main button", new Page.LocatorOptions().setHasText("Go on call")).click();
        page.waitForURL(address -> address.contains("/drills/plays/"));
        assertThat(page.locator(".clock .now")).hasText("00:00");
        assertThat(page.locator(".pager-panel")).containsText("No alert has fired.");
        shoot(page, "drills-03-paused");

        // the clock runs on its own at the chosen speed, and the console redraws itself while it runs
        page.locator("#console select[name=speed]").selectOption("60");
        click(page, "Set");
        assertThat(page.locator(".chip.state")).hasText("Paused");
        assertThat(page.locator("#console select[name=speed] option[selected]")).hasAttribute("value", "60");
        click(page, "Start the clock");
        assertThat(page.locator(".chip.state")).hasText("Running ×60");
        assertThat(page.locator(".clock .now")).not().hasText("00:00", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(10_000));
        click(page, "Pause");
        assertThat(page.locator(".chip.state")).hasText("Paused");

        while (page.locator(".alerts li.firing").count() == 0) {
            minute(page);
        }
        assertThat(page.locator(".alerts li.firing")).containsText("Site p99 above 500 ms");
        page.locator("#console button", new Page.LocatorOptions().setHasText("Open “Site p99 (ms)”")).click();
        assertThat(page.locator("#dashboard-latency svg polyline")).hasCount(1);
        assertThat(page.locator("#dashboard-latency .threshold")).hasCount(1);
        assertThat(page.locator(".system-log-lines")).containsText("web 4.8.0 rolled out");
        click(page, "Acknowledge");
        assertThat(page.locator(".alerts li.firing .chip.subtle")).hasText("Acknowledged");
        shoot(page, "drills-04-paged");

        click(page, "Roll web back to 4.7.3");
        assertThat(page.locator(".taken")).containsText("Roll web back to 4.7.3");
        for (int i = 0; i < 8 && page.locator(".drill-result").count() == 0; i++) {
            minute(page);
        }
        assertThat(page.locator(".drill-result h2")).hasText("Recovered");
        assertThat(page.locator(".action-effects")).containsText("Roll web back to 4.7.3");
        assertThat(page.locator(".reveal")).containsText("Release 4.8.0");
        assertThat(page.locator("main")).not().containsText("null");
        shoot(page, "drills-05-recovered");

        page.locator("a", new Page.LocatorOptions().setHasText("Write the debrief")).click();
        assertThat(page.locator("textarea[name=impact]")).containsText("requests failed");
        page.locator("textarea[name=summary]").fill("A release made web's own work fourteen times slower; rolling it back brought the site back.");
        page.locator("textarea[name=root-causes]").fill("The new template engine compiled templates on every request.");
        page.locator("textarea[name=action-items]").fill("- Canary releases with a latency gate\n- A dashboard of web's own time");
        shoot(page, "drills-06-debrief");
        page.locator("main button", new Page.LocatorOptions().setHasText("Save the debrief")).click();
        assertThat(page.locator(".page-head")).containsText("Last saved");
        assertThat(page.locator("a[download]")).hasText("Download it as Markdown");

        page.navigate(url("/learn/journal"));
        assertThat(page.locator("main")).containsText("Incident drill: Checkout slows down after a routine release");
        page.navigate(url("/drills/history"));
        assertThat(page.locator(".history-table")).containsText("Recovered");
        shoot(page, "drills-07-history");
    }

    @Test
    void aMentorRunsADrillForAMemberAsGameMaster() {
        String leadEmail = WebSession.uniqueEmail("drill-gm");
        String memberEmail = WebSession.uniqueEmail("drill-member");
        UUID lead = person("Gale Game-Master", leadEmail);
        UUID member = person("Milo Member", memberEmail);
        UUID team = ((Outcome.Saved<dev.ascent.teams.Team>) teams.create(lead, new TeamForm("Night shift"))).value().id();
        InvitationLink link = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team, new InvitationForm(TeamRole.MEMBER, null))).value();
        invitations.accept(member, link.path().substring(link.path().lastIndexOf('/') + 1));

        Page gm = browser.open(1280, 900, "light");
        signIn(gm, leadEmail);
        gm.navigate(url("/drills/" + DRILL));
        gm.locator("select[name=member]").selectOption(team + ":" + member);
        gm.locator("main button", new Page.LocatorOptions().setHasText("Start as game master")).click();
        gm.waitForURL(address -> address.contains("/drills/plays/"));
        String play = gm.url();
        assertThat(gm.locator(".game-master")).containsText("What is really happening");
        assertThat(gm.locator(".truth")).containsText("web 14× slower");
        assertThat(gm.locator(".actions-panel")).containsText("Only the on-call acts");

        Page onCall = browser.open(1280, 900, "dark");
        signIn(onCall, memberEmail);
        onCall.navigate(url("/drills"));
        onCall.locator(".play-list a").first().click();
        assertThat(onCall).hasURL(play);
        assertThat(onCall.locator(".console-head")).containsText("Your game master is watching.");
        assertThat(onCall.locator(".game-master, .game-master-controls")).hasCount(0);
        for (int i = 0; i < 3; i++) {
            minute(onCall);
        }

        // the game master's console follows the play on its own
        assertThat(gm.locator(".clock .now")).hasText("03:00", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(10_000));
        gm.locator("#hint-text").fill("Look at what changed just before the page.");
        gm.locator(".game-master-controls button", new Page.LocatorOptions().setHasText("Send the hint")).click();
        assertThat(gm.locator(".play-timeline")).containsText("Game master's hint: Look at what changed just before the page.");
        assertThat(gm.locator("#hint-text")).hasValue("");
        gm.locator("select[name=injection]").selectOption("kill-replica");
        gm.locator("select[name=target]").selectOption("web");
        gm.locator(".game-master-controls button", new Page.LocatorOptions().setHasText("Inject it now")).click();
        assertThat(gm.locator(".play-timeline")).containsText("Game master injected: Kill a replica of a service for two minutes (web)");
        shoot(gm, "drills-08-game-master");

        // the on-call sees the hint (not the injection) as their console redraws itself
        assertThat(onCall.locator(".hints")).containsText("Look at what changed just before the page.",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(onCall.locator(".play-timeline")).not().containsText("injected");
        shoot(onCall, "drills-09-on-call-with-hint");
        click(onCall, "Roll web back to 4.7.3");
        for (int i = 0; i < 8 && onCall.locator(".drill-result").count() == 0; i++) {
            minute(onCall);
        }
        assertThat(onCall.locator(".drill-result")).isVisible();
        assertThat(gm.locator(".drill-result")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(gm.locator(".drill-result a")).hasText("Read the debrief");
        shoot(gm, "drills-10-game-master-result");
        Locator effects = onCall.locator(".action-effects li");
        assertThat(effects).hasCount(1);
    }
}
