package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The learner's journey in Chromium: sign up, follow, assess, mark topics, log time, write a note, submit a project, see the dashboard change. */
class LearningBrowserTests extends BrowserTest {

    @Test
    void aLearnersFirstWeek() {
        Page page = browser.open(1366, 900, "light");
        signUp(page, "Lin Learner");

        page.navigate(url("/roadmaps/backend-junior-to-senior"));
        page.locator("a", new Page.LocatorOptions().setHasText("Follow this roadmap")).click();
        page.locator("input[name=weeklyHours]").fill("12");
        page.locator("button", new Page.LocatorOptions().setHasText("Start following")).click();
        assertThat(page.locator(".notice.success")).containsText("You are following this roadmap");
        String dashboard = page.url().replace("?started", "");

        page.locator("a", new Page.LocatorOptions().setHasText("Assess yourself")).click();
        page.locator(".assess-row").nth(0).locator("label:has-text('Expert')").click();
        page.locator(".assess-row").nth(1).locator("label:has-text('Working')").click();
        BrowserSession.screenshot(page, "20-self-assessment");
        page.locator("button", new Page.LocatorOptions().setHasText("Save and continue")).click();
        page.locator("a", new Page.LocatorOptions().setHasText("Back to my progress")).click();
        Locator overall = page.locator("#progress-summary .progress-label.big span");
        String before = overall.textContent();

        page.locator(".progress-row").nth(1).locator("button", new Locator.LocatorOptions().setHasText("Learning")).click();
        assertThat(page.locator(".progress-row").nth(1).locator("button.active")).hasText("Learning");
        page.locator(".progress-row").nth(2).locator("button", new Locator.LocatorOptions().setHasText("Done")).click();
        assertThat(page.locator(".progress-row").nth(2).locator("button.active")).hasText("Done");
        assertThat(overall).not().hasText(before);

        page.locator("#week input[name=minutes]").fill("90");
        page.locator("#week button", new Page.LocatorOptions().setHasText("Log time")).click();
        assertThat(page.locator("#week .notice.success")).hasText("Time logged.");
        assertThat(page.locator("#week .week-total strong")).hasText("1.5 h");

        page.locator(".progress-row").nth(1).locator(".row-main > a").click();
        page.locator("textarea[name=body]").fill("## Two pointers\nWorks on **sorted** input.");
        page.locator("button", new Page.LocatorOptions().setHasText("Save notes")).click();
        assertThat(page.locator(".notes-preview strong")).hasText("sorted");

        page.navigate(dashboard);
        page.locator("#projects a").first().click();
        page.locator("input[name=repositoryUrl]").fill("https://example.org/me/rest-api");
        page.locator("textarea[name=writeUp]").fill("A REST API with **JWT** sign-in and tests.");
        int lines = page.locator(".rubric-review .assess-row").count();
        for (int line = 0; line < lines; line++) {
            page.locator(".rubric-review .assess-row").nth(line).locator("label:has-text('Met')").click();
        }
        page.locator("button", new Page.LocatorOptions().setHasText("Submit")).click();
        assertThat(page.locator(".notice.success")).containsText("Submitted");
        BrowserSession.screenshot(page, "21-project-submitted");

        page.navigate(dashboard);
        assertThat(page.locator("#projects")).containsText("Submitted");
        assertThat(page.locator(".chart.burn-up")).isVisible();
        BrowserSession.screenshot(page, "22-dashboard");

        Locator closed = page.locator(".phase-block").filter(new Locator.FilterOptions().setHas(page.locator("details:not([open])"))).first();
        String phase = closed.getAttribute("id");
        Locator rows = page.locator("#" + phase + " .progress-row");
        assertThat(rows).hasCount(0);
        closed.locator("summary").click();
        rows.first().locator("button", new Locator.LocatorOptions().setHasText("Learning")).click();
        assertThat(rows.first().locator("button.active")).hasText("Learning");
        BrowserSession.screenshot(page, "23-dashboard-phase-opened");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void correctingTheTimeLog() {
        Page page = browser.open(1366, 900, "light");
        signUp(page, "Tam Timelog");
        page.navigate(url("/roadmaps/backend-junior-to-senior"));
        page.locator("a", new Page.LocatorOptions().setHasText("Follow this roadmap")).click();
        page.locator("button", new Page.LocatorOptions().setHasText("Start following")).click();
        for (String minutes : new String[] {"30", "45"}) {
            page.locator("#week input[name=minutes]").fill(minutes);
            page.locator("#week button", new Page.LocatorOptions().setHasText("Log time")).click();
            assertThat(page.locator("#week .notice.success")).hasText("Time logged.");
        }

        page.locator("a", new Page.LocatorOptions().setHasText("See and correct your time log")).click();
        assertThat(page.locator("#week-total")).hasText("75 min");
        Locator entries = page.locator(".time-entry");
        assertThat(entries).hasCount(2);
        entries.nth(0).locator("summary").click();
        entries.nth(0).locator("input[name=minutes]").fill("50");
        entries.nth(0).locator("button", new Locator.LocatorOptions().setHasText("Save")).click();
        assertThat(page.locator("#time-log .notice.success")).hasText("Entry saved.");
        assertThat(page.locator("#week-total")).hasText("80 min");
        page.locator(".time-entry").nth(1).locator("button", new Locator.LocatorOptions().setHasText("Delete")).click();
        assertThat(page.locator("#time-log .notice.success")).hasText("Entry deleted.");
        assertThat(page.locator("#week-total")).hasText("50 min");
        assertThat(page.locator(".time-entry")).hasCount(1);
        assertThat(page.locator(".time-entry").first()).containsText("Typed by you");
        BrowserSession.screenshot(page, "24-time-log");

        page.setViewportSize(390, 844);
        page.reload();
        page.locator(".time-entry summary").first().click();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("nothing wider than the phone").isEqualTo(true);
        BrowserSession.screenshot(page, "25-time-log-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void thePublicRoadmapShowsTheLearnersOwnProgressAndChangesAStatusInPlace() {
        Page page = browser.open(1366, 900, "dark");
        signUp(page, "Pat Progress");
        page.navigate(url("/roadmaps/senior-judgment"));
        page.locator("a", new Page.LocatorOptions().setHasText("Follow this roadmap")).click();
        page.locator("button", new Page.LocatorOptions().setHasText("Start following")).click();
        page.locator(".progress-row").nth(0).locator("button", new Locator.LocatorOptions().setHasText("Done")).click();
        assertThat(page.locator(".progress-row").nth(0).locator("button.active")).hasText("Done");
        String done = page.locator(".progress-row").nth(0).getAttribute("id").substring("topic-".length());

        page.navigate(url("/roadmaps/senior-judgment"));
        Locator progress = page.locator("#your-progress");
        assertThat(progress).containsText("You follow this roadmap");
        assertThat(progress).containsText("1 of ");
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Follow this roadmap"))).hasCount(0);
        assertThat(page.locator(".graph a.node[data-topic='" + done + "']")).hasClass(java.util.regex.Pattern.compile("status-done"));
        assertThat(page.locator(".topic-rows a[data-topic='" + done + "'] .status-badge")).hasText("done");

        Locator second = page.locator(".graph a.node:not(.status-done)").first();
        String topic = second.getAttribute("data-topic");
        second.click();
        Locator status = page.locator("#learner-topic-status");
        assertThat(status.locator("button.active")).hasText("Not started");
        status.locator("button", new Locator.LocatorOptions().setHasText("Learning")).click();
        assertThat(page.locator("#learner-topic-status button.active")).hasText("Learning");
        assertThat(page.locator(".graph a.node[data-topic='" + topic + "']")).hasClass(java.util.regex.Pattern.compile("status-learning"));
        assertThat(page.locator(".topic-rows a[data-topic='" + topic + "'] .status-badge")).hasText("learning");
        page.locator("#learner-topic-status button", new Page.LocatorOptions().setHasText("Done")).click();
        assertThat(progress).containsText("2 of ");
        assertThat(page.locator(".graph a.node[data-topic='" + topic + "']")).hasClass(java.util.regex.Pattern.compile("status-done"));
        BrowserSession.screenshot(page, "26-roadmap-with-my-progress");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("#your-progress")).containsText("2 of ");
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("nothing wider than the phone").isEqualTo(true);
        BrowserSession.screenshot(page, "27-roadmap-with-my-progress-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
