package dev.ascent.security;

import dev.ascent.accounts.WebSession;
import dev.ascent.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text in every field a person can type into: each is stored or refused cleanly (a form
 * error or a problem document, never a 500) and, wherever it is shown again, rendered inert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

    /** What attackers and accidents send. */
    static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'; drop table accounts.accounts; --",
            "' or '1'='1",
            "{{7*7}} ${7*7} #{7*7} [[${7*7}]]",
            "javascript:alert(1)",
            "line\nbreak\ttab",
            "nul\u0000byte and bell\u0007",
            "bidi \u202Eevil\u202C and zero\u200Bwidth",
            "\uFFFD invalid UTF-8 arrives like this \uD83D\uDE80",
            "x".repeat(1024 * 1024));

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private WebSession signedIn() {
        String email = "hostile-" + UUID.randomUUID() + "@example.org";
        return new WebSession(port).signUp("Hostile tester", email, PASSWORD);
    }

    @Test
    void everyAccountFormStoresOrRefusesHostileTextCleanly() {
        List<String> failures = new ArrayList<>();
        for (String text : HOSTILE) {
            WebSession visitor = new WebSession(port);
            check(failures, "sign-up name", visitor.post("/sign-up", "/sign-up",
                    Map.of("displayName", text, "email", "h-" + UUID.randomUUID() + "@example.org", "password", PASSWORD)));
            check(failures, "sign-up email", new WebSession(port).post("/sign-up", "/sign-up",
                    Map.of("displayName", "Name", "email", text, "password", PASSWORD)));
            check(failures, "sign-up password", new WebSession(port).post("/sign-up", "/sign-up",
                    Map.of("displayName", "Name", "email", "h-" + UUID.randomUUID() + "@example.org", "password", text)));
            check(failures, "sign-in", new WebSession(port).post("/sign-in", "/sign-in", Map.of("email", text, "password", text)));
            check(failures, "forgot password", new WebSession(port).post("/forgot-password", "/forgot-password", Map.of("email", text)));
            check(failures, "reset password", new WebSession(port).post("/sign-in", "/reset-password", Map.of("token", text, "newPassword", text)));

            WebSession session = signedIn();
            check(failures, "rename", session.post("/account", "/account/name", Map.of("displayName", text)));
            check(failures, "password", session.post("/account", "/account/password", Map.of("currentPassword", text, "newPassword", text)));
            check(failures, "token name", session.post("/account", "/account/tokens", Map.of("name", text, "scope", text)));
            check(failures, "delete", session.post("/account", "/account/delete", Map.of("password", text)));
            HttpResponse<String> page = session.get("/account");
            check(failures, "account page after", page);
            assertInert(failures, page.body());
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theApiRefusesHostileJsonWithProblemDocuments() {
        var account = accounts.signUp("Api tester", "api-" + UUID.randomUUID() + "@example.org", PASSWORD, "test").value();
        String token = accounts.createToken(account.id(), "writer", "READ_WRITE", "test").value().secret();
        List<String> bodies = new ArrayList<>(List.of("not json", "{", "[]", "null", "{\"name\": 42, \"scope\": []}",
                "{\"name\": \"" + "x".repeat(100_000) + "\", \"scope\": \"READ\"}", "{\"name\": \"<script>\", \"scope\": \"'; drop\"}"));
        for (String body : bodies) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(body.length() > 80 ? body.substring(0, 80) : body).isIn(400, 422);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception", "at dev.", "at org.");
        }
        HttpResponse<String> invalidUtf8 = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        assertThat(invalidUtf8.statusCode()).isIn(201, 400, 422);
    }

    @Test
    void hostileQueryStringsNeverBreakAPage() {
        for (String text : HOSTILE.subList(0, HOSTILE.size() - 1)) {
            String q = java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
            for (String path : List.of("/roadmaps/senior-judgment?q=" + q + "&level=" + q + "&kind=" + q + "&phase=" + q,
                    "/sign-in?error=" + q + "&wait=" + q, "/reset-password?token=" + q, "/account/verify?token=" + q)) {
                HttpResponse<String> response = new WebSession(port).get(path);
                assertThat(response.statusCode()).as(path).isLessThan(500);
                assertInertOrFail(response.body(), path);
            }
        }
    }

    private void check(List<String> failures, String what, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            failures.add(what + ": " + response.statusCode());
        }
        if (response.body().contains("Exception") || response.body().contains("at dev.ascent")) {
            failures.add(what + ": shows internals");
        }
        assertInert(failures, response.body());
    }

    private static void assertInert(List<String> failures, String html) {
        for (String live : List.of("<script>alert", "<img src=x", "\u0000")) {
            if (html.contains(live)) {
                failures.add("rendered live: " + live);
            }
        }
    }

    private static void assertInertOrFail(String html, String path) {
        List<String> failures = new ArrayList<>();
        assertInert(failures, html);
        assertThat(failures).as(path).isEmpty();
        assertThat(html).as(path).doesNotContain(">49<", "49</");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
