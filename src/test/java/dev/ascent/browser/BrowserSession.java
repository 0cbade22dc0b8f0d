package dev.ascent.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.jspecify.annotations.Nullable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, with the flags this sandbox needs. Collects
 * console errors (a CSP violation shows up there) and warnings, and writes screenshots under
 * {@code target/screenshots}.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> consoleWarnings = new ArrayList<>();

    BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    Page open(int width, int height, String colorScheme) {
        return open(width, height, colorScheme, null);
    }

    /** A page in a new context; with the storage state of a signed-in context, it is signed in too. */
    Page open(int width, int height, String colorScheme, @Nullable String storageState) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setColorScheme("dark".equals(colorScheme)
                        ? com.microsoft.playwright.options.ColorScheme.DARK
                        : com.microsoft.playwright.options.ColorScheme.LIGHT);
        if (storageState != null) {
            options.setStorageState(storageState);
        }
        Page page = browser.newContext(options).newPage();
        page.onConsoleMessage(message -> {
            // a form answered with 422 shows its errors; Chromium logs the status, which is no fault
            boolean statusLine = message.text().matches("Failed to load resource: the server responded with a status of 4\\d\\d.*");
            if ("error".equals(message.type()) && !statusLine) {
                consoleErrors.add(message.text());
            }
            if ("warning".equals(message.type())) {
                consoleWarnings.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
        return page;
    }

    List<String> consoleErrors() {
        return consoleErrors;
    }

    /** Console warnings (htmx and the browser warn about things that are not errors yet, such as a detached form). */
    List<String> consoleWarnings() {
        return consoleWarnings;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
