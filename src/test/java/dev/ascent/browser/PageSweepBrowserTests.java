package dev.ascent.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a visitor, a learner and an administrator can reach, read from the app's handler
 * mappings (a new page is swept without touching this class), with the data of a learner four
 * months into a roadmap, at desktop width in the light theme and phone width in the dark one, checked as a person sees
 * it: no "null", "undefined" or "NaN" in the visible text; every link and button named; every
 * image with alt text; no console error or warning; no failed request; nothing wider than a
 * phone, and no form control cut off at the screen's edge; no serious or critical axe-core violation (contrast below WCAG AA included). All
 * failures of all pages are listed at once; each page leaves a full-page screenshot under
 * {@code target/screenshots/sweep-*}.
 */
class PageSweepBrowserTests extends BrowserTest {

    /**
     * Each width and each theme once: colours change with the theme and layout with the width. (All four pairs took
     * seven minutes, a third of the whole suite; the other two added screenshots, no check these two do not make.)
     */
    private record View(int width, String theme) {
    }

    private static final List<View> VIEWS = List.of(new View(1280, "light"), new View(390, "dark"));
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** Reads the visible page: words that leak from code, unnamed controls, images without alt, the page's width. */
    private static final String LOOK = """
            () => {
              const lines = document.body.innerText.split('\\n');
              const leaks = lines.filter(line => /\\b(null|undefined|NaN)\\b/.test(line)).map(line => line.trim().slice(0, 100));
              const visible = el => el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true});
              const named = el => (el.innerText || el.value || el.getAttribute('aria-label') || el.getAttribute('title') || '').trim()
                  || el.getAttribute('aria-labelledby')
                  || [...el.querySelectorAll('img[alt], svg title')].map(i => i.alt || i.textContent).join('').trim();
              const unnamed = [...document.querySelectorAll('a[href], button, [role=button], input[type=submit], input[type=button]')]
                  .filter(el => visible(el) && !named(el)).map(el => el.outerHTML.slice(0, 120));
              const noAlt = [...document.querySelectorAll('img:not([alt])')].map(el => el.outerHTML.slice(0, 120));
              const cut = [...document.querySelectorAll('select, textarea, button, input:not([type=hidden])')]
                  .filter(el => visible(el) && (el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1))
                  .map(el => el.outerHTML.slice(0, 120));
              return {leaks, unnamed, noAlt, cut, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth};
            }""";

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    enum Actor { visitor, learner, admin }

    record Sweep(Actor actor, String pattern, String path) {
        String name() {
            String slug = pattern.equals("/") ? "home" : pattern.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
            return actor + "-" + slug;
        }
    }

    @Test
    void everyPageReadsWellForEveryoneAtEveryWidthAndTheme() {
        SweepData data = new SweepData(port);
        data.create(accounts, jdbc, catalog.roadmap(SweepData.ROADMAP).orElseThrow());
        List<String> failures = new ArrayList<>();
        List<Sweep> sweeps = sweeps(data.ids, failures);
        assertThat(sweeps).as("pages found in the handler mappings").hasSizeGreaterThan(20);

        Map<Actor, String> signedIn = new TreeMap<>();
        signedIn.put(Actor.learner, signIn(data.learnerEmail));
        signedIn.put(Actor.admin, signIn(data.adminEmail));

        long started = System.nanoTime();
        long[] axeNanos = {0};
        for (View view : VIEWS) {
            int width = view.width();
            String theme = view.theme();
            Map<Actor, Page> pages = new TreeMap<>();
            String[] current = {""};
            for (Actor actor : Actor.values()) {
                Page page = browser.open(width, width > 600 ? 900 : 844, theme, signedIn.get(actor));
                page.onConsoleMessage(message -> {
                    if (message.type().equals("error") || message.type().equals("warning")) {
                        failures.add("%s: console %s: %s".formatted(current[0], message.type(), message.text()));
                    }
                });
                page.onPageError(error -> failures.add("%s: script error: %s".formatted(current[0], error)));
                page.onResponse(response -> {
                    if (response.status() >= 400) {
                        failures.add("%s: %d for %s %s".formatted(current[0], response.status(), response.request().resourceType(), response.url()));
                    }
                });
                pages.put(actor, page);
            }
            for (Sweep sweep : sweeps) {
                Page page = pages.get(sweep.actor());
                String label = "%s (%s) at %d px, %s".formatted(sweep.path(), sweep.actor(), width, theme);
                current[0] = label;
                page.navigate(url(sweep.path()));
                settle(page);
                if (sweep.pattern().equals("/learn/{enrollmentId}")) {
                    clickAStatus(page);
                }
                look(page, label, width, failures);
                long axeStarted = System.nanoTime();
                axe(page, label, failures);
                axeNanos[0] += System.nanoTime() - axeStarted;
                BrowserSession.screenshot(page, "sweep-%s-%d-%s".formatted(sweep.name(), width, theme));
            }
            pages.values().forEach(page -> page.context().close());
        }
        System.out.printf("Page sweep: %d pages x %d views in %d s (axe-core %d s)%n", sweeps.size(), VIEWS.size(),
                (System.nanoTime() - started) / 1_000_000_000L, axeNanos[0] / 1_000_000_000L);
        assertThat(failures).as("what a person would trip over, page by page").isEmpty();
    }

    /**
     * Loaded, and no htmx request in flight (the ones a page makes on load put {@code htmx-request} on their
     * element until they are swapped in). Playwright's "network idle" would wait half a second more on every page.
     */
    private static void settle(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => document.readyState === 'complete' && !document.querySelector('.htmx-request')");
    }

    /** A status click on the dashboard swaps the row that holds the form: the console must stay quiet. */
    private static void clickAStatus(Page page) {
        Locator row = page.locator(".progress-row").first();
        Locator button = row.locator("button:not(.active)").first();
        String label = button.innerText().strip();
        page.waitForResponse(response -> response.url().contains("/status"), button::click);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".progress-row").first().locator("button.active"))
                .hasText(label);
    }

    @SuppressWarnings("unchecked")
    private static void look(Page page, String label, int width, List<String> failures) {
        Map<String, Object> seen = (Map<String, Object>) page.evaluate(LOOK);
        ((List<String>) seen.get("leaks")).forEach(line -> failures.add("%s: shows code words: \"%s\"".formatted(label, line)));
        ((List<String>) seen.get("unnamed")).forEach(html -> failures.add("%s: a link or button without a name: %s".formatted(label, html)));
        ((List<String>) seen.get("noAlt")).forEach(html -> failures.add("%s: an image without alt text: %s".formatted(label, html)));
        ((List<String>) seen.get("cut")).forEach(html -> failures.add("%s: a control runs off the screen (even a scrolling table must not hide one): %s"
                .formatted(label, html)));
        int scrollWidth = ((Number) seen.get("scrollWidth")).intValue();
        int innerWidth = ((Number) seen.get("innerWidth")).intValue();
        if (width < 600 && scrollWidth > innerWidth) {
            failures.add("%s: the page is %d px wide in a %d px window: %s".formatted(label, scrollWidth, innerWidth, widest(page)));
        }
    }

    private static void axe(Page page, String label, List<String> failures) {
        AxeResults axe = new AxeBuilder(page).analyze();
        for (Rule rule : axe.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                failures.add("%s: axe %s (%s) at %s: %s".formatted(label, rule.getId(), rule.getImpact(), node.getTarget(),
                        String.valueOf(node.getFailureSummary()).replace('\n', ' ')));
            }
        }
    }

    /** The elements that stick out on the right, so a failure says what to fix. */
    private static Object widest(Page page) {
        return page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                  .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)
                  .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
                  .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : ''))""");
    }

    /** Signs in through the sign-in page once and keeps the context's cookies for every width and theme. */
    private String signIn(String email) {
        Page page = browser.open(1280, 900, "light");
        page.navigate(url("/sign-in"));
        page.locator("input[name=email]").fill(email);
        page.locator("input[name=password]").fill(WebSession.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).as(email + " signs in").doesNotContain("sign-in");
        String state = page.context().storageState();
        page.context().close();
        return state;
    }

    /** Every GET page of the running app with its path variables filled, and who sees it. */
    private List<Sweep> sweeps(Map<String, String> ids, List<String> failures) {
        Set<String> patterns = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET) || !html(info)) {
                    continue;
                }
                info.getPatternValues().stream().filter(PageSweepBrowserTests::page).forEach(patterns::add);
            }
        }
        List<Sweep> sweeps = new ArrayList<>();
        for (String pattern : patterns) {
            String path = fill(pattern, ids);
            if (path == null) {
                failures.add("%s: a page the sweep has no data for: add its path variable to SweepData".formatted(pattern));
                continue;
            }
            Actor actor = pattern.startsWith("/admin") ? Actor.admin : signInRequired(path) ? Actor.learner : Actor.visitor;
            sweeps.add(new Sweep(actor, pattern, path));
        }
        return sweeps;
    }

    /** Mappings that declare what they produce and leave out HTML (the JSON API, downloads) are no pages. */
    private static boolean html(RequestMappingInfo info) {
        Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
        return produces.isEmpty() || produces.stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
    }

    /**
     * Not pages a person reads: the JSON API and its description (Swagger UI is a third party's page),
     * operations endpoints, the error dispatch (error pages show up on their own when a page fails),
     * calendar feeds and downloads (.ics, .md, .zip, .csv and the account export).
     */
    private static boolean page(String pattern) {
        return !(pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/v3/")
                || pattern.startsWith("/swagger-ui") || pattern.equals("/error")
                || pattern.endsWith(".ics") || pattern.endsWith(".md") || pattern.endsWith(".zip") || pattern.endsWith(".csv") || pattern.equals("/account/export"));
    }

    private static String fill(String pattern, Map<String, String> ids) {
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = name.equals("id") || name.equals("name") ? idFor(pattern, ids) : ids.get(name);
            if (value == null) {
                return null;
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** "{id}" (and "{name}") means a different thing under each prefix. */
    private static String idFor(String pattern, Map<String, String> ids) {
        if (pattern.startsWith("/formats/")) {
            return "roadmap";
        }
        if (pattern.startsWith("/roadmaps/")) {
            return SweepData.ROADMAP;
        }
        if (pattern.startsWith("/scenarios/")) {
            return SweepData.SCENARIO;
        }
        if (pattern.startsWith("/lab/models/")) {
            return "slow-consumer-queue";
        }
        if (pattern.startsWith("/practice/decisions/")) {
            return ids.get("decisionId");
        }
        return null;
    }

    /** Asks the app as an anonymous caller: a page that sends visitors to sign in is a learner's page. */
    private boolean signInRequired(String path) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/sign-in")
                    || response.uri().getPath().equals("/sign-in");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
