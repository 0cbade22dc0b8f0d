package dev.ascent.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A person creates an account, signs out and in again, creates a token and uses it against the API. */
class AccountBrowserTests extends BrowserTest {

    @Test
    void signsUpSignsOutSignsInAndUsesAToken() {
        String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "lantern orbit maple quietly 7";
        Page page = browser.open(1280, 900, "light");

        page.navigate(url("/"));
        page.locator("header a", new Page.LocatorOptions().setHasText("Sign up")).click();
        page.locator("input[name=displayName]").fill("Grace Hopper");
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill("password1234");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".field-error")).containsText("too easy to guess");
        BrowserSession.screenshot(page, "10-sign-up-weak-password");

        page.locator("input[name=password]").fill(password);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(url("/?welcome"));
        assertThat(page.locator(".notice.success")).containsText("Welcome to Ascent, Grace Hopper.");
        assertThat(page.locator(".notice.success")).containsText("Follow this roadmap");
        BrowserSession.screenshot(page, "10b-welcome-first-step");
        page.locator(".notice.success a", new Page.LocatorOptions().setHasText("See the roadmaps")).click();
        assertThat(page).hasURL(url("/?welcome#roadmaps"));
        assertThat(page.locator("header .account-link")).hasText("Grace Hopper");

        page.locator("header button", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.locator("header a", new Page.LocatorOptions().setHasText("Sign in"))).isVisible();

        page.navigate(url("/account"));
        assertThat(page).hasURL(url("/sign-in"));
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill("not the password at all");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".notice.error")).hasText("That email and password do not match an account. Check both and try again.");
        assertThat(page.locator("input[name=email]")).hasValue(email);
        BrowserSession.screenshot(page, "11-sign-in-failed");
        page.locator("input[name=password]").fill(password);
        page.locator("button[type=submit]").click();
        assertThat(page).hasURL(url("/account"));

        page.locator("#tokens input[name=name]").fill("reporting script");
        page.locator("#tokens select[name=scope]").selectOption("READ");
        page.locator("#tokens button[type=submit]").click();
        String token = page.locator("#token-secret").textContent().strip();
        assertThat(token).startsWith("asc_");
        page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        page.locator("button", new Page.LocatorOptions().setHasText("Copy")).click();
        assertThat(page.locator(".copy-status")).hasText("Copied.");
        assertThat(page.evaluate("navigator.clipboard.readText()")).as("the token is on the clipboard").isEqualTo(token);
        BrowserSession.screenshot(page, "12-token-created");
        page.locator("a", new Page.LocatorOptions().setHasText("Done")).click();
        assertThat(page.locator("#tokens table")).containsText("reporting script");
        assertThat(page.locator("#tokens table")).not().containsText(token);
        BrowserSession.screenshot(page, "13-account");

        APIResponse me = page.request().get(url("/api/v1/me"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains(email, "Grace Hopper");
        APIResponse write = page.request().post(url("/api/v1/me/tokens"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + token).setHeader("Content-Type", "application/json")
                .setData("{\"name\":\"x\",\"scope\":\"READ\"}"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void onAPhoneTheMenuButtonShowsEveryLinkOfTheHeaderIncludingAccountSignOutAndTheTheme() {
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Page page = browser.open(390, 800, "light");
        page.navigate(url("/sign-up"));
        page.locator("input[name=displayName]").fill("Ada Lovelace");
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill("lantern orbit maple quietly 7");
        page.locator("main button[type=submit]").click();
        page.navigate(url("/roadmaps/senior-judgment"));

        var menu = page.locator("header [data-menu-toggle]");
        assertThat(menu).isVisible();
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#site-nav")).isHidden();
        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        for (String link : new String[] {"Roadmaps", "Scenarios", "My learning", "Practice", "Ada Lovelace"}) {
            var item = page.locator("#site-nav a", new Page.LocatorOptions().setHasText(link));
            assertThat(item).isVisible();
            var box = item.boundingBox();
            assertThat(box.x >= 0 && box.x + box.width <= 390).as(link + " lies inside the screen").isTrue();
        }
        assertThat(page.locator("#site-nav button", new Page.LocatorOptions().setHasText("Sign out"))).isVisible();
        assertThat(page.locator("#site-nav [data-theme-toggle]")).isVisible();
        assertThat(page.evaluate("""
                () => {
                  const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                  return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
                    .map(e => e.tagName + '#' + e.id + ' ' + (e.textContent || '').trim().slice(0, 30)).slice(0, 5);
                }""").toString()).as("nothing wider than the phone").isEqualTo("[]");
        BrowserSession.screenshot(page, "14-phone-menu-open");

        page.keyboard().press("Escape");
        assertThat(page.locator("#site-nav")).isHidden();
        menu.click();
        page.locator("#site-nav a", new Page.LocatorOptions().setHasText("Ada Lovelace")).click();
        assertThat(page).hasURL(url("/account"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void notesSaveThemselvesWhileTypingAndLeavingUnsavedTextAsksFirst() {
        String email = "mary-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/sign-up"));
        page.locator("input[name=displayName]").fill("Mary Somerville");
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill("lantern orbit maple quietly 7");
        page.locator("main button[type=submit]").click();
        page.navigate(url("/learn/start/senior-judgment"));
        page.locator("main button[type=submit]").click();
        String dashboard = page.url().replaceAll("\\?.*", "");
        page.navigate(dashboard + "/topics/system-context-map");

        java.util.List<String> dialogs = new java.util.ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });
        page.locator("textarea[name=body]").pressSequentially("Context maps show who depends on whom.");
        assertThat(page.locator("#notes-autosave")).containsText("Draft saved at");
        BrowserSession.screenshot(page, "15-notes-autosaved");
        page.locator("header a", new Page.LocatorOptions().setHasText("Scenarios")).click();
        assertThat(page).hasURL(url("/scenarios"));
        assertThat(dialogs).as("nothing unsaved, so no question").isEmpty();
        page.goBack();
        assertThat(page.locator("textarea[name=body]")).hasValue("Context maps show who depends on whom.");

        page.navigate(url("/learn/journal"));
        page.locator("textarea[name=body]").fill("A thought I have not saved yet");
        page.locator("header a", new Page.LocatorOptions().setHasText("Scenarios")).click();
        assertThat(dialogs).as("leaving unsaved text asks first").containsExactly("beforeunload");
        assertThat(page).hasURL(url("/learn/journal"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** A long address on a phone wraps inside its box on the account page instead of being cut off at the box's edge. */
    @Test
    void aLongEmailAddressWrapsOnAPhone() {
        String email = "a-rather-long-address-" + UUID.randomUUID().toString().replace("-", "") + "@example.org";
        Page page = browser.open(390, 844, "light");
        page.navigate(url("/sign-up"));
        page.locator("input[name=displayName]").fill("Longname Tester");
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill("lantern orbit maple quietly 7");
        page.locator("button[type=submit]").click();
        page.navigate(url("/account"));

        var address = page.locator(".fact-grid dd").first();
        assertThat(address).hasText(email);
        Object clipped = address.evaluate("dd => dd.scrollWidth > dd.clientWidth + 1");
        assertThat(clipped).as("the address is wider than its box").isEqualTo(false);
        BrowserSession.screenshot(page, "14-account-long-email-phone");
    }
}
