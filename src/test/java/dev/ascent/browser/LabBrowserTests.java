package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner opens the queue model, writes down a p99 and a bottleneck, runs it, reads how close they were on
 * interactive charts (uPlot drew them; the SVG is the fallback), changes one knob, runs again on the same seed and
 * compares the two runs. Screenshots at 1280 and 390 px, light and dark.
 */
class LabBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void aLearnerPredictsRunsChangesOneKnobAndCompares() {
        String email = WebSession.uniqueEmail("lab-browser");
        accounts.signUp("Lou Lab", email, WebSession.PASSWORD, "test");
        Page page = browser.open(1280, 900, "light");
        signIn(page, email);

        page.navigate(url("/lab"));
        assertThat(page.locator("h1")).hasText("Systems lab");
        shoot(page, "lab-01-library");
        page.locator("a.card-link", new Page.LocatorOptions().setHasText("A queue in front of a slow consumer")).click();
        assertThat(page.locator("#run-form")).isVisible();
        shoot(page, "lab-02-model");

        page.locator("input[name=predictedP99Ms]").fill("40");
        page.locator("select[name=predictedBottleneck]").selectOption("processing-queue");
        page.locator("#run-form button[type=submit]").click();
        page.waitForURL(address -> address.contains("/lab/runs/"));
        String first = page.url();
        assertThat(page.locator(".prediction-check")).containsText("You expected a p99 of 40.0 ms");
        Locator live = page.locator("figure.lab-chart.live");
        assertThat(live.first()).isVisible();
        assertThat(live).hasCount(4);
        assertThat(page.locator("figure.lab-chart .uplot").first()).isVisible();
        // hovering a chart reads the values of that second
        page.locator("#chart-latency .u-over").hover();
        assertThat(page.locator("#chart-latency .u-legend")).containsText("p99");
        shoot(page, "lab-03-run");

        page.locator("#run-form input[name='knobs[uploads-api.concurrency]']").fill("1");
        page.locator("#run-form button[type=submit]").click();
        page.waitForURL(address -> address.contains("/lab/runs/") && !address.equals(first));
        assertThat(page.locator(".changes")).containsText("uploads-api.concurrency");
        page.locator("a", new Page.LocatorOptions().setHasText("Before: the run of")).first().click();
        assertThat(page.locator("h1")).hasText("Before and after");
        assertThat(page.locator(".compare-table")).containsText("Changed: uploads-api.concurrency");
        assertThat(page.locator(".lede")).containsText("on the same seed");
        shoot(page, "lab-04-compare");

        Page dark = browser.open(390, 844, "dark");
        signIn(dark, email);
        dark.navigate(first);
        assertThat(dark.locator("figure.lab-chart.live").first()).isVisible();
        double widest = ((Number) dark.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
        assertThat(widest).as("the run page fits a phone").isLessThanOrEqualTo(390);
        BrowserSession.screenshot(dark, "lab-05-run-390-dark");

        assertThat(browser.consoleErrors()).isEmpty();
    }
}
