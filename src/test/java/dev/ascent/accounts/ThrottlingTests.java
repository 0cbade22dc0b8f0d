package dev.ascent.accounts;

import dev.ascent.accounts.internal.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down per account (by the email typed, whether or not it has an
 * account) before any password is checked: after three failures even the right password waits.
 * The per-client limit is set out of reach here so that only the per-account limit is tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ascent.sign-in.failures-per-account=3", "ascent.sign-in.failures-per-client=10000"})
class ThrottlingTests {

    /** The refill period (ascent.sign-in.refill-period): no one ever waits longer. */
    static final long REFILL_SECONDS = 300;
    static final Pattern THROTTLED = Pattern.compile("/sign-in\\?error=throttled&wait=(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

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
            assertThat(WebSession.target(browser.signIn(email, PASSWORD))).as("round %d, right password", round).isEqualTo("/account");
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

        assertThat(WebSession.target(browser().signIn(bystander, PASSWORD))).isEqualTo("/account");
    }

    // ---------------------------------------------------------------- helpers

    private WebSession browser() {
        return new WebSession(port);
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
