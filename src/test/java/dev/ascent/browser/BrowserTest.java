package dev.ascent.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole app on a random port and one Chromium per test class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs up a new person through the sign-up page, with an address of their own, and lands where a new account does. */
    void signUp(com.microsoft.playwright.Page page, String name) {
        page.navigate(url("/sign-up"));
        page.locator("input[name=displayName]").fill(name);
        page.locator("input[name=email]").fill(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        page.locator("input[name=password]").fill("lantern orbit maple quietly 7");
        page.locator("main button[type=submit]").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page).hasURL(url("/?welcome"));
    }

    /** Signs in through the sign-in page and waits to leave it. */
    void signIn(com.microsoft.playwright.Page page, String email) {
        page.navigate(url("/sign-in"));
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill(dev.ascent.accounts.WebSession.PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/sign-in"));
    }

    /** A screenshot of the page at 1280 px and at a phone's 390 px; the page is left at 1280 px. */
    static void shoot(com.microsoft.playwright.Page page, String name) {
        BrowserSession.screenshot(page, name + "-1280");
        page.setViewportSize(390, 844);
        BrowserSession.screenshot(page, name + "-390");
        page.setViewportSize(1280, 900);
    }
}
