package dev.ascent.accounts;

import dev.ascent.accounts.internal.SignUps;
import dev.ascent.accounts.internal.Administration;
import dev.ascent.accounts.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Creating an account, signing in and signing out through the pages, over real HTTP with a
 * cookie-keeping client, checked against what the database holds afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignUpAndSignInTests {

    /** Accepted by the password policy (AuthorizationTests signs the configured admin in with it too). */
    static final String WRONG_PASSWORD = "not the password at all 1";
    static final String CREDENTIALS_MESSAGE = "That email and password do not match an account. Check both and try again.";
    static final String ADMIN_EMAIL = "admin@ascent.test"; // ascent.admin.email in src/test/resources/application.properties

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignUps signUps;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    // ---------------------------------------------------------------- sign-up

    @Test
    void signUpCreatesALearnerAccountAndSignsIn() {
        String email = WebSession.uniqueEmail("ana");
        WebSession browser = browser();
        browser.get("/sign-up");
        String sessionBefore = browser.sessionCookie();

        var response = browser.post("/sign-up", "/sign-up", Map.of("displayName", "Ana Lima", "email", email, "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(response)).as("a new account lands on the catalog").isEqualTo("/?welcome");
        assertThat(browser.sessionCookie()).as("a new session id at sign-in").isNotEmpty().isNotEqualTo(sessionBefore);

        var welcome = browser.get("/?welcome");
        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.body()).contains("Welcome to Ascent, Ana Lima.", "choose <em>Follow this roadmap</em>",
                "href=\"#roadmaps\"", "id=\"roadmaps\"");
        assertThat(browser.get("/").body()).doesNotContain("Welcome to Ascent");
        var account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Ana Lima", "<dd>" + email + "</dd>", "<dd>Learner</dd>").doesNotContain("Welcome to Ascent");

        Map<String, Object> row = jdbc.sql("""
                        select id, email, display_name, role, enabled, email_verified_at, password_hash
                        from accounts.accounts where email = :email""")
                .param("email", email).query().singleRow();
        assertThat(row.get("display_name")).isEqualTo("Ana Lima");
        assertThat(row.get("role")).isEqualTo("LEARNER");
        assertThat(row.get("enabled")).isEqualTo(true);
        assertThat(row.get("email_verified_at")).as("no mail server in this context, so nothing is confirmed").isNull();
        assertThat((String) row.get("password_hash")).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(auditTypes((UUID) row.get("id"))).containsExactly("SIGNED_UP");
    }

    @Test
    void anEmailAddressBelongsToOneAccountRegardlessOfCase() {
        String email = WebSession.uniqueEmail("case");
        browser().signUp("First Owner", email, PASSWORD);

        var second = browser().post("/sign-up", "/sign-up",
                Map.of("displayName", "Second Owner", "email", email.toUpperCase(Locale.ROOT), "password", PASSWORD));

        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(second.body()).contains("An account with this email already exists. Sign in, or reset the password if you forgot it.")
                .contains("value=\"Second Owner\"")
                .as("the password is never sent back").doesNotContain(PASSWORD);
        assertThat(jdbc.sql("select count(*) from accounts.accounts where lower(email) = lower(:email)")
                .param("email", email).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select display_name from accounts.accounts where email = :email")
                .param("email", email).query(String.class).single()).isEqualTo("First Owner");
        assertThat(signUps.signUp(new SignUp("Third Owner", "  " + email.toUpperCase(Locale.ROOT) + " ", PASSWORD), "test").fieldErrors())
                .containsExactly(entry("email", "An account with this email already exists. Sign in, or reset the password if you forgot it."));
    }

    @Test
    void aPasswordThatIsEasyToGuessIsRefusedWithAdvice() {
        String email = WebSession.uniqueEmail("weak");
        String weak = "correct horse battery staple 42";

        var response = browser().post("/sign-up", "/sign-up", Map.of("displayName", "Wes Weak", "email", email, "password", weak));

        String advice = PasswordPolicy.check(weak, email, "Wes Weak").orElseThrow();
        assertThat(advice).isEqualTo("This password is too easy to guess. This is a very common password. "
                + "Add another word or two. Uncommon words are better.");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("This password is too easy to guess.", html(advice));
        assertThat(invalidFields(response.body())).containsExactly("password");
        assertThat(accountCount(email)).isZero();
    }

    static Stream<Arguments> refusedSignUps() {
        String valid = "{unique}@example.org";
        return Stream.of(
                arguments("displayName", "", valid, PASSWORD, "Tell us what to call you."),
                arguments("displayName", "   ", valid, PASSWORD, "Tell us what to call you."),
                arguments("displayName", "Ana\u0007Lima", valid, PASSWORD, "Use letters, digits, spaces and punctuation only."),
                arguments("displayName", "Ana\u0000Lima", valid, PASSWORD, "Use letters, digits, spaces and punctuation only."),
                arguments("displayName", "x".repeat(81), valid, PASSWORD, "Use at most 80 characters."),
                arguments("email", "Ana Lima", "", PASSWORD, "Enter your email address."),
                arguments("email", "Ana Lima", "ana.example.org", PASSWORD, "Enter an email address like name@example.org."),
                arguments("email", "Ana Lima", "ana@example", PASSWORD, "Enter an email address like name@example.org."),
                arguments("email", "Ana Lima", "ana lima@example.org", PASSWORD, "Enter an email address like name@example.org."),
                arguments("password", "Ana Lima", valid, "short pw 1", "Use at least 12 characters; a short sentence you will remember works well."),
                arguments("password", "Ana Lima", valid, "x".repeat(129), "Use at most 128 characters."),
                arguments("password", "Ana Lima", valid, " ".repeat(12), "A password cannot be only spaces."));
    }

    @ParameterizedTest(name = "[{index}] {0}: {4}") // the values themselves may hold control characters
    @MethodSource("refusedSignUps")
    void invalidInputIsRefusedNextToItsField(String field, String name, String emailPattern, String password, String message) {
        String email = emailPattern.replace("{unique}", "refused-" + UUID.randomUUID());

        var response = browser().post("/sign-up", "/sign-up", Map.of("displayName", name, "email", email, "password", password));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<small class=\"field-error\">" + html(message) + "</small>");
        assertThat(invalidFields(response.body())).containsExactly(field);
        assertThat(signUps.signUp(new SignUp(name, email, password), "test").fieldErrors()).containsExactly(entry(field, message));
        assertThat(accountCount(email)).isZero();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var response = browser().post("/sign-up", "/sign-up", Map.of("displayName", "", "email", "nobody", "password", "short"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Tell us what to call you.", "Enter an email address like name@example.org.",
                "Use at least 12 characters; a short sentence you will remember works well.");
        assertThat(invalidFields(response.body())).containsExactly("displayName", "email", "password");
    }

    @Test
    void tabsAndLineBreaksInANameBecomeSpaces() {
        var account = accounts.signUp("  Ana\tMaria\r\nLima  ", WebSession.uniqueEmail("spaces"), PASSWORD, "test");

        assertThat(account.value().displayName()).isEqualTo("Ana Maria Lima");
    }

    // ---------------------------------------------------------------- sign-in

    @Test
    void signInWithTheRightPasswordOpensTheAccount() {
        String email = WebSession.uniqueEmail("sam");
        accounts.signUp("Sam Signin", email, PASSWORD, "test");
        WebSession browser = browser();

        var response = browser.signIn(email.toUpperCase(Locale.ROOT), PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(response)).isEqualTo("/learn?signed-in");
        var account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Sam Signin", "<dd>" + email + "</dd>");
        assertThat(auditTypes(idOf(email))).containsExactly("SIGNED_UP", "SIGNED_IN");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String known = WebSession.uniqueEmail("known");
        accounts.signUp("Kim Known", known, PASSWORD, "test");
        String unknown = WebSession.uniqueEmail("nobody");
        WebSession first = browser();
        WebSession second = browser();

        var wrongPassword = first.signIn(known, WRONG_PASSWORD);
        var unknownEmail = second.signIn(unknown, WRONG_PASSWORD);

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(unknownEmail.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(wrongPassword)).isEqualTo("/sign-in?error=credentials");
        assertThat(WebSession.target(unknownEmail)).isEqualTo("/sign-in?error=credentials");

        String knownPage = first.get("/sign-in?error=credentials").body();
        String unknownPage = second.get("/sign-in?error=credentials").body();
        assertThat(knownPage).contains(CREDENTIALS_MESSAGE, "value=\"" + known + "\"");
        assertThat(unknownPage).contains(CREDENTIALS_MESSAGE, "value=\"" + unknown + "\"");
        assertThat(comparable(knownPage, known)).as("the pages differ only in the email typed").isEqualTo(comparable(unknownPage, unknown));

        assertThat(first.get("/account").statusCode()).isEqualTo(302);
        assertThat(auditRows(idOf(known))).containsExactly("SIGNED_UP ", "SIGN_IN_FAILED wrong password");
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        String email = WebSession.uniqueEmail("fixation");
        accounts.signUp("Fia Fixation", email, PASSWORD, "test");
        WebSession browser = browser();
        browser.get("/sign-in");
        String before = browser.sessionCookie();
        assertThat(before).as("the sign-in form already has a session, for its CSRF token").startsWith("SESSION=");

        assertThat(WebSession.target(browser.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");

        String after = browser.sessionCookie();
        assertThat(after).startsWith("SESSION=").isNotEqualTo(before);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        var withOldId = getWithCookie("/account", before);
        assertThat(withOldId.statusCode()).as("the id from before sign-in opens nothing").isEqualTo(302);
        assertThat(WebSession.target(withOldId)).isEqualTo("/sign-in");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String email = WebSession.uniqueEmail("out");
        WebSession browser = browser().signUp("Otto Out", email, PASSWORD);
        String cookie = browser.sessionCookie();
        assertThat(sessionsOf(email)).isEqualTo(1);

        var response = browser.post("/account", "/sign-out", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(response)).isEqualTo("/?signed-out");
        var account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(account)).isEqualTo("/sign-in");
        var replayed = getWithCookie("/account", cookie);
        assertThat(replayed.statusCode()).as("the old session cookie is worthless on the server too").isEqualTo(302);
        assertThat(WebSession.target(replayed)).isEqualTo("/sign-in");
        assertThat(sessionsOf(email)).isZero();
        assertThat(auditTypes(idOf(email))).containsExactly("SIGNED_UP", "SIGNED_OUT");
    }

    @Test
    void theConfiguredAdministratorEmailSignsUpAsAnAdministrator() {
        // One database serves every test class, and another one may already have signed this address up: start afresh.
        jdbc.sql("delete from accounts.accounts where email = :email").param("email", ADMIN_EMAIL).update();
        WebSession browser = browser();

        var response = browser.post("/sign-up", "/sign-up",
                Map.of("displayName", "Ada Admin", "email", ADMIN_EMAIL.toUpperCase(Locale.ROOT), "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(response)).as("a new account lands on the catalog").isEqualTo("/?welcome");
        var account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("<dd>Administrator</dd>", "href=\"/admin/users\"", "<dd>" + ADMIN_EMAIL + "</dd>");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select role from accounts.accounts where email = :email").param("email", ADMIN_EMAIL)
                .query(String.class).single()).isEqualTo("ADMIN");
        assertThat(auditRows(idOf(ADMIN_EMAIL))).containsExactly("SIGNED_UP signed up as the configured administrator");

        WebSession learner = browser().signUp("Lea Learner", WebSession.uniqueEmail("learner"), PASSWORD);
        assertThat(learner.get("/account").body()).contains("<dd>Learner</dd>").doesNotContain("href=\"/admin/users\"");
        assertThat(learner.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountCannotSignInAndOnlyTheRightPasswordLearnsWhy() {
        String email = WebSession.uniqueEmail("disabled");
        UUID id = accounts.signUp("Dora Disabled", email, PASSWORD, "test").value().id();
        assertThat(administration.setEnabled(UUID.randomUUID(), id, new AccessChange(false), "test").isSaved()).isTrue();
        WebSession browser = browser();

        var wrongPassword = browser.signIn(email, WRONG_PASSWORD);
        assertThat(WebSession.target(wrongPassword)).as("without the password nothing is revealed").isEqualTo("/sign-in?error=credentials");

        var rightPassword = browser.signIn(email, PASSWORD);
        assertThat(rightPassword.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(rightPassword)).isEqualTo("/sign-in?error=disabled");
        assertThat(browser.get("/sign-in?error=disabled").body()).contains("This account is disabled. Ask your administrator to enable it.");
        assertThat(WebSession.target(browser.get("/account"))).isEqualTo("/sign-in");
        assertThat(auditRows(id)).containsExactly("SIGNED_UP ", "ACCOUNT_DISABLED by an administrator",
                "SIGN_IN_FAILED wrong password", "SIGN_IN_FAILED account disabled");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        String email = WebSession.uniqueEmail("csrf");
        accounts.signUp("Cory Csrf", email, PASSWORD, "test");

        WebSession anonymous = browser();
        anonymous.get("/sign-in");
        var signIn = anonymous.postRaw("/sign-in", Map.of("email", email, "password", PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(WebSession.target(anonymous.get("/account"))).as("not signed in").isEqualTo("/sign-in");

        var signUp = browser().postRaw("/sign-up", Map.of("displayName", "Forged", "email", WebSession.uniqueEmail("forged"), "password", PASSWORD));
        assertThat(signUp.statusCode()).isEqualTo(403);

        WebSession signedIn = browser();
        assertThat(WebSession.target(signedIn.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");
        var forged = signedIn.postRaw("/account/name", Map.of("displayName", "Mallory"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(displayName(email)).isEqualTo("Cory Csrf");

        var genuine = signedIn.post("/account", "/account/name", Map.of("displayName", "Cory Renamed"));
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(genuine)).isEqualTo("/account?renamed");
        assertThat(displayName(email)).isEqualTo("Cory Renamed");
    }

    // ---------------------------------------------------------------- helpers

    private WebSession browser() {
        return new WebSession(port);
    }

    /** Text as jte writes it between tags: &amp;, &lt; and &gt; escaped, quotes as they are (in attributes it escapes them too). */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The form fields a sign-up page marks as invalid, in page order. */
    private static List<String> invalidFields(String html) {
        return Pattern.compile("name=\"(displayName|email|password)\"[^>]*aria-invalid=\"true\"").matcher(html).results()
                .map(match -> match.group(1)).toList();
    }

    private static String comparable(String page, String email) {
        return WebSession.withoutCsrf(page.replace(email, "EMAIL"));
    }

    private HttpResponse<String> getWithCookie(String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Cookie", cookie).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private UUID idOf(String email) {
        return jdbc.sql("select id from accounts.accounts where email = :email").param("email", email).query(UUID.class).single();
    }

    private long accountCount(String email) {
        return jdbc.sql("select count(*) from accounts.accounts where email = lower(trim(:email))").param("email", email)
                .query(Long.class).single();
    }

    private String displayName(String email) {
        return jdbc.sql("select display_name from accounts.accounts where email = :email").param("email", email)
                .query(String.class).single();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email").param("email", email)
                .query(Long.class).single();
    }

    private List<String> auditTypes(UUID accountId) {
        return jdbc.sql("select type from accounts.audit_events where account_id = :id order by id").param("id", accountId)
                .query(String.class).list();
    }

    /** "TYPE detail" per event, oldest first. */
    private List<String> auditRows(UUID accountId) {
        return jdbc.sql("select type || ' ' || detail from accounts.audit_events where account_id = :id order by id")
                .param("id", accountId).query(String.class).list();
    }
}
