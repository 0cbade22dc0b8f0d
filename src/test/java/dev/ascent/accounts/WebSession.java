package dev.ascent.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies (the session), does not follow redirects
 * (so tests see them), and posts forms with the CSRF token taken from the page that holds the form.
 */
public final class WebSession {

    /** A password strong enough for the sign-up checks, shared by the tests that create accounts. */
    public static final String PASSWORD = "lantern orbit maple quietly 7";
    public static final String NEW_PASSWORD = "copper walrus drafts nine kites 84";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends this header with every request from now on (e.g. X-Forwarded-For, as a proxy would). */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The browser's cookies, for tests that look at or tamper with one. */
    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html").GET().build());
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form the way a browser does: first loads {@code formPage} for its CSRF token. */
    public HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
        String token = csrfFrom(get(formPage).body());
        Map<String, String> body = new LinkedHashMap<>(fields);
        if (token != null) {
            body.put("_csrf", token);
        }
        return postRaw(action, body);
    }

    /** Posts a form without adding a CSRF token (to test that the token is required). */
    public HttpResponse<String> postRaw(String action, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public WebSession signUp(String name, String email, String password) {
        HttpResponse<String> response = post("/sign-up", "/sign-up", Map.of("displayName", name, "email", email, "password", password));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("sign-up failed: " + response.statusCode());
        }
        return this;
    }

    public HttpResponse<String> signIn(String email, String password) {
        return post("/sign-in", "/sign-in", Map.of("email", email, "password", password));
    }

    /** An email address no other test uses: every test class shares one database. */
    public static String uniqueEmail(String who) {
        return who + "-" + java.util.UUID.randomUUID() + "@example.org";
    }

    /** Where a redirect points, as path and query, whether the Location header is absolute or not. */
    public static String target(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location header; status " + response.statusCode()));
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The page with every CSRF token replaced by the same placeholder, for comparing two renderings. */
    public static String withoutCsrf(String html) {
        return CSRF.matcher(html).replaceAll("name=\"_csrf\" value=\"TOKEN\"");
    }

    public static String csrfFrom(String html) {
        Matcher matcher = CSRF.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst().orElse("");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
