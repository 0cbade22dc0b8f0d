package dev.ascent.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A person browsing the catalog in a real Chromium: home, a roadmap, its graph, a topic, the filters. */
class CatalogBrowserTests extends BrowserTest {

    @Test
    void opensARoadmapFromTheCatalogAndReadsATopic() {
        Page page = browser.open(1440, 900, "light");
        page.navigate(url("/"));
        assertThat(page.locator("h1")).containsText("Grow from where you are");
        assertThat(page.locator(".roadmap-card")).hasCount(3);
        BrowserSession.screenshot(page, "01-catalog");

        page.locator(".roadmap-card", new Page.LocatorOptions().setHasText("junior to senior (Node.js)")).click();
        assertThat(page).hasURL(url("/roadmaps/backend-junior-to-senior"));
        assertThat(page.locator("h1")).containsText("junior to senior");
        assertThat(page.locator("#timeline .bar.phase-0")).isVisible();
        BrowserSession.screenshot(page, "02-roadmap");

        Locator node = page.locator("svg.graph a.node[data-topic]").first();
        String topicId = node.getAttribute("data-topic");
        node.scrollIntoViewIfNeeded();
        node.click();
        Locator detail = page.locator("#topic-detail article.topic-detail");
        assertThat(detail).isVisible();
        assertThat(detail).hasAttribute("data-topic", topicId);
        assertThat(detail.locator("h3").first()).hasText("Needs first");
        assertThat(page.locator("svg.graph a.node.selected")).hasAttribute("data-topic", topicId);
        assertThat(page).hasURL(url("/roadmaps/backend-junior-to-senior"));
        page.locator("#topics").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("03-topic-detail.png")));

        Locator prerequisite = detail.locator("ul.link-list a[data-topic]").first();
        if (prerequisite.count() > 0) {
            String next = prerequisite.getAttribute("data-topic");
            prerequisite.click();
            assertThat(page.locator("#topic-detail article.topic-detail")).hasAttribute("data-topic", next);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void filtersTheGraphByLevelAndSearch() {
        Page page = browser.open(1440, 900, "light");
        page.navigate(url("/roadmaps/backend-growth-map"));
        Locator count = page.locator("#explorer .result-count");
        assertThat(count).containsText("152 topics");

        page.locator("select[name=level]").selectOption("expert");
        assertThat(count).containsText("of 152 topics match");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*level=expert.*"));
        int matches = page.locator("svg.graph a.node.match").count();
        assertThat(matches).isPositive();
        assertThat(page.locator("svg.graph a.node.match.lvl-expert")).hasCount(matches);

        page.locator("input[name=q]").fill("hiring");
        page.locator("input[name=q]").press("End");
        assertThat(count).not().containsText(matches + " of 152");
        BrowserSession.screenshot(page, "04-filtered");

        page.locator("#explorer a.clear").click();
        assertThat(count).containsText("152 topics");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void looksRightInTheDarkThemeAndOnAPhone() {
        Page dark = browser.open(1280, 900, "dark");
        dark.navigate(url("/roadmaps/senior-judgment"));
        String background = (String) dark.evaluate("getComputedStyle(document.body).backgroundColor");
        assertThat(background).isEqualTo("rgb(14, 19, 26)");
        BrowserSession.screenshot(dark, "05-dark-theme");

        dark.locator("[data-theme-toggle]").click();
        assertThat(dark.locator("html")).hasAttribute("data-theme", "light");
        assertThat((String) dark.evaluate("getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(246, 247, 249)");

        Page phone = browser.open(390, 844, "light");
        phone.navigate(url("/roadmaps/backend-junior-to-senior"));
        int overflow = ((Number) phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertThat(overflow).as("the page itself never scrolls sideways on a phone").isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "06-phone");
        phone.locator(".topic-rows a[data-topic]").first().click();
        assertThat(phone.locator("#topic-detail article.topic-detail")).isVisible();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
