package dev.ascent.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down per account (by the email typed, whether or not it has an
 * account) before any password is checked: after three failures from browsers the account does not
 * know, even the right password waits there; a browser the account has signed in from (its device
 * cookie) has a limit of its own, so a stranger cannot lock the owner out. The per-client limit is
 * set out of reach here so that only these limits are tested. The test client is a trusted proxy,
 * so each browser can come from an address of its own (X-Forwarded-For).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ascent.sign-in.failures-per-account=3", "ascent.sign-in.failures-per-device=3",
                "ascent.sign-in.failures-per-client=10000", "ascent.trusted-proxies=127.0.0.1, ::1"})
class ThrottlingTests {

    /** The refill period (ascent.sign-in.refill-period): no one ever waits longer. */
    static final long REFILL_SECONDS = 300;
    static final Pattern THROTTLED = Pattern.compile("/sign-in\\?error=throttled&wait=(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterThreeWrongPasswordsEvenTheRightOneMustWait() {
        String email = WebSession.uniqueEmail("tom");
        UUID id = accounts.signUp("Tom Throttled", email, PASSWORD, "test").value().id();
        WebSession browser = browser();

        for (int attempt = 1; attempt <= 3; attempt++) {
            var wrong = browser.signIn(email, "wrong password number " + attempt);
            assertThat(WebSession.target(wrong)).as("wrong password %d", attempt).isEqualTo("/sign-in?error=credentials");
        }
        var right = browser.signIn(email, PASSWORD);

        assertThat(right.statusCode()).isEqualTo(302);
        long wait = secondsToWait(right);
        assertThat(wait).isPositive().isLessThanOrEqualTo(REFILL_SECONDS);
        var page = browser.get(WebSession.target(right));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Too many failed sign-ins. Try again in " + wait + " seconds.");
        assertThat(WebSession.target(browser.get("/account"))).as("not signed in").isEqualTo("/sign-in");

        var fromElsewhere = browser().signIn(email.toUpperCase(Locale.ROOT), PASSWORD);
        assertThat(secondsToWait(fromElsewhere)).as("the limit belongs to the account, whatever the case of its email").isPositive();

        List<String> events = auditRows(id);
        assertThat(events).hasSize(6);
        assertThat(events.subList(0, 4)).containsExactly("SIGNED_UP ",
                "SIGN_IN_FAILED wrong password", "SIGN_IN_FAILED wrong password", "SIGN_IN_FAILED wrong password");
        assertThat(events.get(4)).isEqualTo("SIGN_IN_THROTTLED refused for " + wait + " s");
        assertThat(events.get(5)).startsWith("SIGN_IN_THROTTLED refused for ");
        assertThat(events).doesNotContain("SIGNED_IN with password");
    }

    @Test
    void anUnknownEmailIsThrottledExactlyTheSameWay() {
        String unknown = WebSession.uniqueEmail("nobody");
        long lastEvent = lastEventId();
        WebSession browser = browser();

        for (int attempt = 1; attempt <= 3; attempt++) {
            var wrong = browser.signIn(unknown, "wrong password number " + attempt);
            assertThat(WebSession.target(wrong)).as("attempt %d", attempt).isEqualTo("/sign-in?error=credentials");
        }
        var fourth = browser.signIn(unknown, PASSWORD);

        long wait = secondsToWait(fourth);
        assertThat(wait).isPositive().isLessThanOrEqualTo(REFILL_SECONDS);
        assertThat(browser.get(WebSession.target(fourth)).body()).contains("Too many failed sign-ins. Try again in " + wait + " seconds.");
        assertThat(jdbc.sql("""
                        select type || ' ' || detail from accounts.audit_events
                        where id > :last and account_id is null and type like 'SIGN_IN%' order by id""")
                .param("last", lastEvent).query(String.class).list())
                .containsExactly("SIGN_IN_FAILED unknown email", "SIGN_IN_FAILED unknown email", "SIGN_IN_FAILED unknown email",
                        "SIGN_IN_THROTTLED refused for " + wait + " s");
    }

    @Test
    void signingInSuccessfullyForgetsEarlierFailures() {
        String email = WebSession.uniqueEmail("forgiven");
        accounts.signUp("Fran Forgiven", email, PASSWORD, "test");

        for (int round = 1; round <= 2; round++) {
            WebSession browser = browser();
            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThat(WebSession.target(browser.signIn(email, "wrong password number " + attempt)))
                        .as("round %d, wrong password %d", round, attempt).isEqualTo("/sign-in?error=credentials");
            }
            assertThat(WebSession.target(browser.signIn(email, PASSWORD))).as("round %d, right password", round).isEqualTo("/learn?signed-in");
        }
    }

    @Test
    void oneAccountsFailuresDoNotThrottleAnother() {
        String victim = WebSession.uniqueEmail("victim");
        String bystander = WebSession.uniqueEmail("bystander");
        accounts.signUp("Vic Victim", victim, PASSWORD, "test");
        accounts.signUp("Bea Bystander", bystander, PASSWORD, "test");
        WebSession attacker = browser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            attacker.signIn(victim, "wrong password number " + attempt);
        }
        assertThat(secondsToWait(browser().signIn(victim, PASSWORD))).isPositive();

        assertThat(WebSession.target(browser().signIn(bystander, PASSWORD))).isEqualTo("/learn?signed-in");
    }

    // ---------------------------------------------------------------- strangers and the owner's devices

    @Test
    void aStrangerFailingManyTimesDoesNotStopTheOwnerOnTheirOwnBrowser() {
        String email = WebSession.uniqueEmail("owner");
        UUID id = accounts.signUp("Olive Owner", email, PASSWORD, "test").value().id();
        WebSession laptop = knownDevice(email, "198.51.100.10");

        WebSession stranger = browser("203.0.113.66");
        for (int attempt = 1; attempt <= 10; attempt++) {
            stranger.signIn(email, "guess number " + attempt);
        }
        assertThat(secondsToWait(stranger.signIn(email, PASSWORD))).as("the stranger is throttled, even with the right password").isPositive();
        assertThat(secondsToWait(browser("198.51.100.10").signIn(email, PASSWORD)))
                .as("so is every browser the account does not know, even at the owner's address").isPositive();

        assertThat(WebSession.target(laptop.signIn(email, PASSWORD))).as("the owner's own browser").isEqualTo("/learn?signed-in");
        assertThat(secondsToWait(stranger.signIn(email, PASSWORD))).as("the owner signing in does not forgive the stranger").isPositive();
        assertThat(clients(id, "SIGN_IN_FAILED")).as("the forwarded address is the client").containsOnly("203.0.113.66");
        assertThat(clients(id, "SIGNED_IN")).containsOnly("198.51.100.10");
    }

    @Test
    void aGuesserSpreadOverManyAddressesIsLimitedOnBrowsersTheAccountDoesNotKnow() {
        String email = WebSession.uniqueEmail("spread");
        accounts.signUp("Sam Spread", email, PASSWORD, "test");

        for (int client = 1; client <= 3; client++) {
            assertThat(WebSession.target(browser("203.0.113." + client).signIn(email, "guess from " + client)))
                    .as("client %d", client).isEqualTo("/sign-in?error=credentials");
        }

        assertThat(secondsToWait(browser("203.0.113.99").signIn(email, "guess from a fourth address"))).isPositive();
    }

    @Test
    void aKnownBrowserHasALimitOfItsOwn() {
        String email = WebSession.uniqueEmail("forgetful");
        accounts.signUp("Fay Forgetful", email, PASSWORD, "test");
        WebSession laptop = knownDevice(email, "198.51.100.20");

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(WebSession.target(laptop.signIn(email, "wrong password number " + attempt))).isEqualTo("/sign-in?error=credentials");
        }

        assertThat(secondsToWait(laptop.signIn(email, PASSWORD))).as("the device's own limit").isPositive();
        assertThat(WebSession.target(browser("198.51.100.21").signIn(email, PASSWORD)))
                .as("the device's failures are its own: other browsers are not throttled by them").isEqualTo("/learn?signed-in");
    }

    @Test
    void aDeviceCookieCountsOnlyForItsOwnAccountAndOnlyWhenItsSignatureHolds() {
        String owner = WebSession.uniqueEmail("cookie-owner");
        String other = WebSession.uniqueEmail("cookie-other");
        accounts.signUp("Cora Cookie", owner, PASSWORD, "test");
        accounts.signUp("Otto Other", other, PASSWORD, "test");
        WebSession laptop = knownDevice(owner, "198.51.100.30");
        WebSession stranger = browser("203.0.113.77");
        for (int attempt = 1; attempt <= 3; attempt++) {
            stranger.signIn(owner, "guess number " + attempt);
            stranger.signIn(other, "guess number " + attempt);
        }

        assertThat(secondsToWait(laptop.signIn(other, PASSWORD))).as("the cookie names another account").isPositive();
        HttpCookie genuine = deviceCookie(laptop);
        String value = genuine.getValue();
        WebSession forger = withDeviceCookie(browser("203.0.113.78"), value.substring(0, value.length() - 2) + (value.endsWith("AA") ? "BB" : "AA"));
        assertThat(secondsToWait(forger.signIn(owner, PASSWORD))).as("a cookie whose signature does not hold").isPositive();

        assertThat(WebSession.target(laptop.signIn(owner, PASSWORD))).isEqualTo("/learn?signed-in");
    }

    @Test
    void aDeviceCookieMoreThanAYearOldNoLongerCounts() throws Exception {
        String email = WebSession.uniqueEmail("old-laptop");
        UUID id = accounts.signUp("Olga Old", email, PASSWORD, "test").value().id();
        knownDevice(email, "198.51.100.50"); // makes sure the signing key exists
        WebSession stranger = browser("203.0.113.88");
        for (int attempt = 1; attempt <= 3; attempt++) {
            stranger.signIn(email, "guess number " + attempt);
        }
        Instant now = Instant.now();

        WebSession yearOld = withDeviceCookie(browser("198.51.100.51"), signedDeviceCookie(id, now.minus(Duration.ofDays(366))));
        WebSession recent = withDeviceCookie(browser("198.51.100.52"), signedDeviceCookie(id, now.minus(Duration.ofDays(364))));

        assertThat(secondsToWait(yearOld.signIn(email, PASSWORD))).as("a year and a day old").isPositive();
        assertThat(WebSession.target(recent.signIn(email, PASSWORD))).as("the same cookie, less than a year old").isEqualTo("/learn?signed-in");
    }

    @Test
    void signingInGivesTheBrowserALongLivedHttpOnlyDeviceCookieForTheSignInFormOnly() {
        String email = WebSession.uniqueEmail("jar");
        accounts.signUp("Jo Jar", email, PASSWORD, "test");

        var signedIn = browser("198.51.100.40").signIn(email, PASSWORD);

        String setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ascent_device=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Path=/sign-in", "HttpOnly", "SameSite=Strict", "Max-Age=31536000").doesNotContain(email);
        var wrong = browser("198.51.100.41").signIn(email, "not the password at all");
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("ascent_device="));
    }

    // ---------------------------------------------------------------- helpers

    private WebSession browser() {
        return new WebSession(port);
    }

    /** A browser at this address, behind the (trusted) test client acting as a proxy. */
    private WebSession browser(String address) {
        return new WebSession(port).header("X-Forwarded-For", address);
    }

    /** A browser that has signed in to this account once (and so holds its device cookie), then signed out. */
    private WebSession knownDevice(String email, String address) {
        WebSession browser = browser(address);
        assertThat(WebSession.target(browser.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");
        assertThat(browser.post("/account", "/sign-out", java.util.Map.of()).statusCode()).isEqualTo(302);
        deviceCookie(browser);
        return browser;
    }

    private static HttpCookie deviceCookie(WebSession browser) {
        return browser.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("ascent_device")).findFirst()
                .orElseThrow(() -> new AssertionError("no device cookie"));
    }

    /** A device cookie made the way the app makes one, with its key from the database, issued at {@code issued}. */
    private String signedDeviceCookie(UUID accountId, Instant issued) throws Exception {
        byte[] key = jdbc.sql("select secret from accounts.signing_keys where purpose = 'device-cookie'").query(byte[].class).single();
        String payload = accountId + ".bm9uY2Vub25jZW5vbmNl." + issued.getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private WebSession withDeviceCookie(WebSession browser, String value) {
        HttpCookie cookie = new HttpCookie("ascent_device", value);
        cookie.setPath("/sign-in");
        cookie.setVersion(0);
        browser.cookies().getCookieStore().add(URI.create("http://localhost:" + port + "/sign-in"), cookie);
        return browser;
    }

    private List<String> clients(UUID accountId, String type) {
        return jdbc.sql("select client from accounts.audit_events where account_id = :id and type = :type")
                .param("id", accountId).param("type", type).query(String.class).list();
    }

    /** The seconds a throttled sign-in is told to wait; fails unless the answer is the throttled redirect. */
    private static long secondsToWait(HttpResponse<?> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        Matcher matcher = THROTTLED.matcher(WebSession.target(response));
        assertThat(matcher.matches()).as("throttled redirect, got %s", WebSession.target(response)).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private long lastEventId() {
        return jdbc.sql("select coalesce(max(id), 0) from accounts.audit_events").query(Long.class).single();
    }

    private List<String> auditRows(UUID accountId) {
        return jdbc.sql("select type || ' ' || detail from accounts.audit_events where account_id = :id order by id")
                .param("id", accountId).query(String.class).list();
    }
}
