package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Changing the hours a week updates the projection and the timeline at once. */
class PlanBrowserTests extends BrowserTest {

    @Test
    void aWhatIfForHoursAWeekMovesTheEnd() {
        Page page = browser.open(1366, 900, "light");
        signUp(page, "Pat Plan");
        page.navigate(url("/learn/start/backend-junior-to-senior"));
        page.locator("input[name=weeklyHours]").fill("10");
        page.locator("button", new Page.LocatorOptions().setHasText("Start following")).click();
        page.locator("a", new Page.LocatorOptions().setHasText("Your plan")).click();

        Locator heading = page.locator("#projection h2").first();
        assertThat(heading).hasText("At 10 h/week");
        assertThat(page.locator(".advice li").first()).containsText("after the roadmap's 24 months");
        String before = page.locator("#projection dd").first().textContent();
        BrowserSession.screenshot(page, "30-plan-10-hours");

        page.locator("input[name=hours]").fill("15");
        assertThat(heading).hasText("At 15 h/week");
        assertThat(page.locator(".advice li").first()).containsText("within the roadmap's 24 months");
        assertThat(page.locator("#projection dd").first()).not().hasText(before);
        assertThat(page.locator("svg.plan-timeline .bar")).hasCount(5);
        BrowserSession.screenshot(page, "31-plan-15-hours");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aLearnerMakesTheWhatIfTheirPlanAndTheEndMoves() {
        Page page = browser.open(1366, 900, "light");
        signUp(page, "Robin Replan");
        page.navigate(url("/learn/start/backend-junior-to-senior"));
        page.locator("input[name=weeklyHours]").fill("10");
        page.locator("button", new Page.LocatorOptions().setHasText("Start following")).click();
        page.locator("a", new Page.LocatorOptions().setHasText("Your plan")).click();
        Locator ends = page.locator("#projection dd").first();
        String before = ends.textContent();

        page.locator("input[name=hours]").fill("15");
        page.locator("button", new Page.LocatorOptions().setHasText("Make this my plan (15 h/week)")).click();

        assertThat(page.locator("p.notice.success")).containsText("Re-planned: your plan now follows 15 h/week");
        assertThat(page.locator("#projection h2").first()).hasText("At 15 h/week");
        assertThat(page.locator("input[name=hours]")).hasValue("15");
        assertThat(page.locator(".replans li").first()).containsText("10 → 15 h/week");
        assertThat(ends).not().hasText(before);
        BrowserSession.screenshot(page, "32-plan-replanned");

        page.locator("#pace summary").click();
        page.locator("#pace input[name=weeklyHours]").fill("81");
        page.locator("#pace button[type=submit]").click();
        assertThat(page.locator("#pace .field-error")).hasText("Choose between 1 and 80 hours a week.");
        page.setViewportSize(390, 844);
        BrowserSession.screenshot(page, "33-plan-pace-error-phone");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
