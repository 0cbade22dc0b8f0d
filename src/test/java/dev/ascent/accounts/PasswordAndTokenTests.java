package dev.ascent.accounts;

import dev.ascent.accounts.internal.Administration;
import dev.ascent.accounts.internal.ApiTokens;
import dev.ascent.accounts.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ascent.accounts.WebSession.NEW_PASSWORD;
import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a password, and personal access tokens: created on the account page or through the
 * API, used as bearer tokens, limited by scope, revoked, and refused once revoked or disabled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordAndTokenTests {

    static final String REJECTED_TOKEN = "The access token was not accepted: it is unknown or revoked, or its account is disabled.";

    private static final Pattern SECRET = Pattern.compile("<code id=\"token-secret\">(asc_[A-Za-z0-9_-]{43})</code>");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    // ---------------------------------------------------------------- password

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String email = WebSession.uniqueEmail("pat");
        WebSession browser = browser().signUp("Pat Password", email, PASSWORD);
        String hash = passwordHash(email);

        var response = browser.post("/account", "/account/password",
                Map.of("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<small class=\"field-error\">That is not your current password.</small>");
        assertThat(passwordHash(email)).isEqualTo(hash);
        assertThat(auditTypes(idOf(email))).doesNotContain("PASSWORD_CHANGED");
    }

    @Test
    void theNewPasswordMustPassThePolicy() {
        String email = WebSession.uniqueEmail("pia");
        WebSession browser = browser().signUp("Pia Policy", email, PASSWORD);
        String hash = passwordHash(email);
        String weak = "correct horse battery staple 42";

        var tooEasy = browser.post("/account", "/account/password", Map.of("currentPassword", PASSWORD, "newPassword", weak));
        var tooShort = browser.post("/account", "/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "short pw 1"));

        assertThat(tooEasy.statusCode()).isEqualTo(422);
        assertThat(tooEasy.body()).contains("This password is too easy to guess.",
                "<small class=\"field-error\">" + html(PasswordPolicy.check(weak, email, "Pia Policy").orElseThrow()) + "</small>");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains(
                "<small class=\"field-error\">Use at least 12 characters; a short sentence you will remember works well.</small>");
        assertThat(passwordHash(email)).isEqualTo(hash);
        assertThat(WebSession.target(browser().signIn(email, PASSWORD))).as("the old password still works").isEqualTo("/learn?signed-in");
    }

    @Test
    void aWrongCurrentPasswordAndAWeakNewOneAreReportedTogether() {
        String email = WebSession.uniqueEmail("both-wrong");
        WebSession browser = browser().signUp("Bo Both", email, PASSWORD);
        String hash = passwordHash(email);

        var response = browser.post("/account", "/account/password",
                Map.of("currentPassword", "not my password at all", "newPassword", "short pw 1"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<small class=\"field-error\">That is not your current password.</small>",
                "<small class=\"field-error\">Use at least 12 characters; a short sentence you will remember works well.</small>");
        assertThat(passwordHash(email)).isEqualTo(hash);
    }

    @Test
    void changingThePasswordSignsOutEveryOtherSessionButKeepsThisOne() {
        String email = WebSession.uniqueEmail("two-devices");
        WebSession laptop = browser().signUp("Tess Two", email, PASSWORD);
        WebSession phone = browser();
        assertThat(WebSession.target(phone.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);

        var changed = laptop.post("/account", "/account/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(changed)).isEqualTo("/account?password-changed");
        var laptopPage = laptop.get("/account?password-changed");
        assertThat(laptopPage.statusCode()).as("this session stays signed in").isEqualTo(200);
        assertThat(laptopPage.body()).contains("Your password was changed. Every other session was signed out.");
        var phonePage = phone.get("/account");
        assertThat(phonePage.statusCode()).as("the other session is signed out").isEqualTo(302);
        assertThat(WebSession.target(phonePage)).isEqualTo("/sign-in");

        assertThat(WebSession.target(browser().signIn(email, PASSWORD))).isEqualTo("/sign-in?error=credentials");
        assertThat(WebSession.target(browser().signIn(email, NEW_PASSWORD))).isEqualTo("/learn?signed-in");
        assertThat(auditRows(idOf(email))).contains("PASSWORD_CHANGED other sessions were signed out");
    }

    // ---------------------------------------------------------------- tokens on the page

    @Test
    void aTokenCreatedOnTheAccountPageIsShownOnceAndWorksAsABearerToken() throws Exception {
        String email = WebSession.uniqueEmail("page-token");
        WebSession browser = browser().signUp("Tom Token", email, PASSWORD);

        var created = browser.post("/account", "/account/tokens", Map.of("name", "laptop backup", "scope", "READ"));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher shown = SECRET.matcher(created.body());
        assertThat(shown.find()).as("the new token is on the page").isTrue();
        String secret = shown.group(1);
        String prefix = secret.substring(0, 10);

        var account = browser.get("/account");
        assertThat(account.body()).contains("laptop backup", "<code>" + prefix + "…</code>")
                .doesNotContain(secret).doesNotContain(secret.substring(0, 11));

        Map<String, Object> row = jdbc.sql("""
                        select t.name, t.prefix, t.scope, t.token_hash, t.last_used_at, t.revoked_at
                        from accounts.api_tokens t join accounts.accounts a on a.id = t.account_id where a.email = :email""")
                .param("email", email).query().singleRow();
        assertThat(row).containsEntry("name", "laptop backup").containsEntry("prefix", prefix).containsEntry("scope", "READ")
                .containsEntry("token_hash", sha256(secret));
        assertThat(row.get("revoked_at")).isNull();
        assertThat(jdbc.sql("select count(*) from accounts.api_tokens t where strpos(t::text, :secret) > 0")
                .param("secret", secret).query(Long.class).single()).as("the secret itself is stored nowhere").isZero();

        Answer me = api("GET", "/api/v1/me", secret, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("email").asString()).isEqualTo(email);
        assertThat(me.body().get("displayName").asString()).isEqualTo("Tom Token");
        assertThat(me.body().get("role").asString()).isEqualTo("LEARNER");
        assertThat(me.body().get("id").asString()).isEqualTo(idOf(email).toString());
        assertThat(me.text()).doesNotContain("password");
    }

    // ---------------------------------------------------------------- tokens through the API

    @Test
    void aReadTokenMayOnlyRead() throws Exception {
        UUID id = signUp("rita-read");
        String read = accounts.createToken(id, "reader", "READ", "test").value().secret();

        Answer list = api("GET", "/api/v1/me/tokens", read, null);
        Answer create = api("POST", "/api/v1/me/tokens", read, json.writeValueAsString(Map.of("name", "more", "scope", "READ")));
        Answer revoke = api("DELETE", "/api/v1/me/tokens/" + accounts.tokens(id).getFirst().id(), read, null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().valueStream().map(token -> token.get("name").asString())).containsExactly("reader");
        for (Answer refused : List.of(create, revoke)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("status").asInt()).isEqualTo(403);
            assertThat(refused.body().get("detail").asString()).isEqualTo("This token may only read. Create a read-write token to make changes.");
        }
        assertThat(accounts.tokens(id)).singleElement().satisfies(token -> assertThat(token.active()).isTrue());
    }

    @Test
    void aReadWriteTokenCreatesAndRevokesTokens() throws Exception {
        UUID id = signUp("wes-write");
        String write = accounts.createToken(id, "ci", "READ_WRITE", "test").value().secret();

        Answer created = api("POST", "/api/v1/me/tokens", write, json.writeValueAsString(Map.of("name", "nightly export", "scope", "READ")));

        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().get("secret").asString();
        assertThat(secret).startsWith("asc_").hasSize(47);
        JsonNode token = created.body().get("token");
        assertThat(token.get("name").asString()).isEqualTo("nightly export");
        assertThat(token.get("scope").asString()).isEqualTo("READ");
        assertThat(token.get("prefix").asString()).isEqualTo(secret.substring(0, 10));
        assertThat(token.has("revokedAt")).isFalse();
        assertThat(api("GET", "/api/v1/me", secret, null).status()).isEqualTo(200);

        Answer listed = api("GET", "/api/v1/me/tokens", write, null);
        assertThat(listed.body().valueStream().map(t -> t.get("name").asString())).containsExactlyInAnyOrder("ci", "nightly export");
        assertThat(listed.text()).doesNotContain(secret).doesNotContain(write).doesNotContain("secret").doesNotContain(sha256(secret));

        String tokenId = token.get("id").asString();
        Answer revoked = api("DELETE", "/api/v1/me/tokens/" + tokenId, write, null);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(revoked.text()).isEmpty();
        assertThat(jdbc.sql("select revoked_at from accounts.api_tokens where id = :id").param("id", UUID.fromString(tokenId))
                .query().singleRow().get("revoked_at")).isNotNull();
        Answer refused = api("GET", "/api/v1/me", secret, null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString()).isEqualTo(REJECTED_TOKEN);
        assertThat(api("GET", "/api/v1/me", write, null).status()).as("the other token still works").isEqualTo(200);
        assertThat(api("DELETE", "/api/v1/me/tokens/" + tokenId, write, null).status()).as("revoking twice is harmless").isEqualTo(204);
        assertThat(auditTypes(id)).containsExactly("SIGNED_UP", "TOKEN_CREATED", "TOKEN_CREATED", "TOKEN_REVOKED");
    }

    @Test
    void aSignedInBrowserReadsTheApiWithItsSessionButChangesNothingThroughIt() throws Exception {
        String email = WebSession.uniqueEmail("browser-api");
        WebSession browser = browser().signUp("Browser Reader", email, PASSWORD);
        String cookie = browser.sessionCookie();

        var me = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me")).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as("the person signed in reads their own data").isEqualTo(200);
        assertThat(me.body()).contains(email, "Browser Reader");

        var change = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me/tokens")).header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"scope\":\"READ\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(change.statusCode()).as("a cookie never changes anything through the API").isEqualTo(401);
        assertThat(json.readTree(change.body()).get("detail").asString())
                .startsWith("A browser session can read the API but not change through it: send a read-write personal access token");
        assertThat(jdbc.sql("select count(*) from accounts.api_tokens t join accounts.accounts a on a.id = t.account_id where a.email = :email")
                .param("email", email).query(Long.class).single()).isZero();
    }

    @Test
    void withoutATokenTheApiAnswers401WithABearerChallenge() throws Exception {
        Answer anonymous = api("GET", "/api/v1/me", null, null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body().get("status").asInt()).isEqualTo(401);
        assertThat(anonymous.body().get("detail").asString())
                .isEqualTo("Sign in or send a personal access token: 'Authorization: Bearer asc_…'. Create one on your account page.");
        assertThat(anonymous.body().get("instance").asString()).isEqualTo("/api/v1/me");

        for (String madeUp : List.of("asc_" + "A".repeat(43), "not-a-token", "asc_" + "x".repeat(200))) {
            Answer unknown = api("GET", "/api/v1/me", madeUp, null);
            assertThat(unknown.status()).as(madeUp).isEqualTo(401);
            assertThat(unknown.header("WWW-Authenticate")).as(madeUp).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(unknown.body().get("detail").asString()).as(madeUp).isEqualTo(REJECTED_TOKEN);
        }
    }

    @Test
    void anotherAccountsTokenIsNotFound() throws Exception {
        UUID mine = signUp("mine");
        UUID theirs = signUp("theirs");
        String write = accounts.createToken(mine, "ci", "READ_WRITE", "test").value().secret();
        UUID theirToken = accounts.createToken(theirs, "their laptop", "READ", "test").value().token().id();

        Answer answer = api("DELETE", "/api/v1/me/tokens/" + theirToken, write, null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).isEqualTo("You have no token with id '" + theirToken + "'");
        assertThat(accounts.tokens(theirs)).singleElement().satisfies(token -> assertThat(token.active()).isTrue());
        assertThat(auditTypes(theirs)).doesNotContain("TOKEN_REVOKED");
    }

    @Test
    void aScopeThatIsNoScopeIsRefusedOnTheFieldOnThePageAndInTheApi() throws Exception {
        String email = WebSession.uniqueEmail("no-scope");
        WebSession browser = browser().signUp("Nadia Noscope", email, PASSWORD);
        UUID id = idOf(email);
        String write = accounts.createToken(id, "ci", "READ_WRITE", "test").value().secret();

        var page = browser.post("/account", "/account/tokens", Map.of("name", "wizard tool", "scope", "WIZARD"));
        Answer api = api("POST", "/api/v1/me/tokens", write, "{\"name\": \"wizard tool\", \"scope\": [\"READ\"]}");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("<small class=\"field-error\">Choose READ or READ_WRITE.</small>")
                .as("what was typed is kept").contains("value=\"wizard tool\"");
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.body().get("errors").propertyNames()).containsExactly("scope");
        assertThat(api.body().get("errors").get("scope").asString()).isEqualTo("Choose READ or READ_WRITE.");
        assertThat(accounts.tokens(id)).as("only the first token").hasSize(1);
    }

    @Test
    void badInputForANewTokenIsA422ProblemNamingTheField() throws Exception {
        UUID id = signUp("bad-input");
        String write = accounts.createToken(id, "ci", "READ_WRITE", "test").value().secret();
        record Case(Map<String, String> body, String field, String message) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("name", "", "scope", "READ"), "name", "Give the token a name, e.g. the script or machine that will use it."),
                new Case(Map.of("name", " \t ", "scope", "READ"), "name", "Give the token a name, e.g. the script or machine that will use it."),
                new Case(Map.of("name", "n".repeat(61), "scope", "READ"), "name", "Use at most 60 characters."),
                new Case(Map.of("name", "admin please", "scope", "ADMIN"), "scope", "Choose READ or READ_WRITE."),
                new Case(Map.of("name", "no scope"), "scope", "Choose READ or READ_WRITE."));

        for (Case c : cases) {
            Answer answer = api("POST", "/api/v1/me/tokens", write, json.writeValueAsString(c.body()));

            assertThat(answer.status()).as(c.toString()).isEqualTo(422);
            assertThat(answer.contentType()).as(c.toString()).startsWith("application/problem+json");
            assertThat(answer.body().get("title").asString()).as(c.toString()).isEqualTo("Invalid input");
            assertThat(answer.body().get("detail").asString()).as(c.toString()).isEqualTo(c.message());
            assertThat(answer.body().get("errors").propertyNames()).as(c.toString()).containsExactly(c.field());
            assertThat(answer.body().get("errors").get(c.field()).asString()).as(c.toString()).isEqualTo(c.message());
        }
        assertThat(accounts.tokens(id)).as("nothing was created").hasSize(1);

        Answer longest = api("POST", "/api/v1/me/tokens", write, json.writeValueAsString(Map.of("name", "n".repeat(60), "scope", "read-write")));
        assertThat(longest.status()).as("60 characters and a lower-case scope are fine").isEqualTo(201);
        assertThat(longest.body().get("token").get("scope").asString()).isEqualTo("READ_WRITE");
    }

    @Test
    void aTokensLastUseIsRecordedAtMostOnceAMinute() throws Exception {
        UUID id = signUp("last-used");
        ApiTokens.Created created = accounts.createToken(id, "cron", "READ", "test").value();
        assertThat(lastUsedAt(created.token().id())).isNull();

        assertThat(api("GET", "/api/v1/me", created.secret(), null).status()).isEqualTo(200);

        Object firstUse = lastUsedAt(created.token().id());
        assertThat(firstUse).isNotNull();
        assertThat(accounts.tokens(id)).singleElement().satisfies(token -> assertThat(token.lastUsedAt()).isNotNull());

        assertThat(api("GET", "/api/v1/me/tokens", created.secret(), null).status()).isEqualTo(200);
        assertThat(lastUsedAt(created.token().id())).isEqualTo(firstUse);
    }

    @Test
    void aDisabledAccountsTokensStopWorking() throws Exception {
        UUID id = signUp("disabled-token");
        String read = accounts.createToken(id, "reader", "READ", "test").value().secret();
        assertThat(api("GET", "/api/v1/me", read, null).status()).isEqualTo(200);

        assertThat(administration.setEnabled(UUID.randomUUID(), id, new AccessChange(false), "test").isSaved()).isTrue();

        Answer refused = api("GET", "/api/v1/me", read, null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(refused.body().get("detail").asString()).isEqualTo(REJECTED_TOKEN);

        assertThat(administration.setEnabled(UUID.randomUUID(), id, new AccessChange(true), "test").isSaved()).isTrue();
        assertThat(api("GET", "/api/v1/me", read, null).status()).as("enabled again, the token works again").isEqualTo(200);
    }

    // ---------------------------------------------------------------- helpers

    private record Answer(int status, HttpHeaders headers, String text, JsonNode body) {
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    private Answer api(String method, String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Answer(response.statusCode(), response.headers(), text, text.isBlank() ? null : json.readTree(text));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private WebSession browser() {
        return new WebSession(port);
    }

    private UUID signUp(String who) {
        return accounts.signUp("Test " + who, WebSession.uniqueEmail(who), PASSWORD, "test").value().id();
    }

    /** Text as jte writes it between tags: &amp;, &lt; and &gt; escaped, quotes as they are. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private UUID idOf(String email) {
        return jdbc.sql("select id from accounts.accounts where email = :email").param("email", email).query(UUID.class).single();
    }

    private String passwordHash(String email) {
        return jdbc.sql("select password_hash from accounts.accounts where email = :email").param("email", email)
                .query(String.class).single();
    }

    private Object lastUsedAt(UUID tokenId) {
        return jdbc.sql("select last_used_at from accounts.api_tokens where id = :id").param("id", tokenId)
                .query().singleRow().get("last_used_at");
    }

    private List<String> auditTypes(UUID accountId) {
        return jdbc.sql("select type from accounts.audit_events where account_id = :id order by id").param("id", accountId)
                .query(String.class).list();
    }

    private List<String> auditRows(UUID accountId) {
        return jdbc.sql("select type || ' ' || detail from accounts.audit_events where account_id = :id order by id")
                .param("id", accountId).query(String.class).list();
    }
}
