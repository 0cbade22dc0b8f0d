package dev.ascent.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The open formats overview and the system model's and the drill's references, at desktop and phone width. */
class FormatsBrowserTests extends BrowserTest {

    @Test
    void theSystemFormatIsListedAndItsReferenceReadsOnADesktopAndAPhone() {
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/formats"));
        assertThat(page.locator("#system h2")).hasText("Ascent system model, format ascent/system@1");
        BrowserSession.screenshot(page, "formats-01-overview");

        page.locator("#system a[href='/formats/system']").click();
        assertThat(page.locator("h1")).containsText("ascent/system@1");
        BrowserSession.screenshot(page, "formats-02-system-reference");
        page.getByText("When kind is service:").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("formats-02b-service-fields.png")));
        page.locator("#def-distribution").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("formats-02c-distribution.png")));

        Page phone = browser.open(390, 844, "light");
        phone.navigate(url("/formats/system"));
        int overflow = ((Number) phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertThat(overflow).as("the page itself never scrolls sideways on a phone").isLessThanOrEqualTo(0);
        BrowserSession.screenshot(phone, "formats-03-system-reference-phone");
        phone.getByText("When kind is service:").first().scrollIntoViewIfNeeded();
        phone.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("formats-03b-service-fields-phone.png")));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theDrillReferenceShowsTheFaultTimelineAndEffectsOnADesktopAndAPhone() {
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/formats"));
        assertThat(page.locator("#drill h2")).hasText("Ascent incident drill, format ascent/drill@1");
        page.locator("#drill a[href='/formats/drill']").click();
        assertThat(page.locator("h1")).containsText("ascent/drill@1");
        BrowserSession.screenshot(page, "formats-04-drill-reference");
        page.locator("#def-effect").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("formats-04b-drill-effect.png")));
        page.locator("#def-time").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("formats-04c-drill-time.png")));

        Page phone = browser.open(390, 844, "light");
        phone.navigate(url("/formats/drill"));
        int overflow = ((Number) phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
        assertThat(overflow).as("the page itself never scrolls sideways on a phone").isLessThanOrEqualTo(0);
        phone.locator("#def-effect").scrollIntoViewIfNeeded();
        phone.screenshot(new Page.ScreenshotOptions().setPath(BrowserSession.SCREENSHOTS.resolve("formats-05-drill-effect-phone.png")));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
