package dev.ascent.accounts;

import dev.ascent.accounts.internal.Administration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ascent.accounts.internal.PasswordPolicy;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ascent.accounts.WebSession.NEW_PASSWORD;
import static dev.ascent.accounts.WebSession.PASSWORD;
import static dev.ascent.accounts.WebSession.withoutCsrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emailed links, against a real SMTP server (GreenMail): confirming an address, and resetting
 * a forgotten password without telling anyone which addresses have accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailFlowTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    static final String VERIFY_SUBJECT = "Confirm your email address for Ascent";
    static final String RESET_SUBJECT = "Reset your Ascent password";
    static final String SIGN_UP_ATTEMPT_SUBJECT = "Someone tried to sign up to Ascent with your address";
    static final String RESET_SENT = "If an account exists for that address, a link to reset its password is on its way. It works once, for 30 minutes.";
    static final String RESET_LINK_DEAD = "This reset link has expired or was already used.";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Administration administration;

    @Autowired
    JdbcClient jdbc;

    // ---------------------------------------------------------------- confirming the address

    @Test
    void signUpSendsALinkThatConfirmsTheAddressOnce() throws Exception {
        String email = WebSession.uniqueEmail("vera");
        WebSession browser = browser().signUp("Vera Verify", email, PASSWORD);
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(WebSession.target(browser.signIn(email, PASSWORD))).as("with email, signing up does not sign in").isEqualTo("/learn?signed-in");

        MimeMessage message = onlyMessage(email, VERIFY_SUBJECT);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("ascent@localhost");
        assertThat(text(message)).startsWith("Hello Vera Verify,").contains("within 24 hours");
        String link = link(message, "/account/verify");
        assertThat(browser.get("/account").body()).contains("Please confirm your email address with the link we sent.",
                "<dt>Email confirmed</dt><dd>Not yet</dd>");
        assertThat(verifiedAt(email)).isNull();

        var confirmed = browser().get(link);

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("<h1>Email address confirmed</h1>", "Thank you. Your email address is confirmed.");
        Object verifiedAt = verifiedAt(email);
        assertThat(verifiedAt).isNotNull();
        assertThat(browser.get("/account").body()).contains("<dt>Email confirmed</dt><dd>Yes</dd>")
                .doesNotContain("Please confirm your email address");
        assertThat(auditTypes(idOf(email))).containsExactly("SIGNED_UP", "SIGNED_IN", "EMAIL_VERIFIED");

        var again = browser().get(link);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("<h1>This link does not work</h1>").doesNotContain("Email address confirmed");
        assertThat(verifiedAt(email)).isEqualTo(verifiedAt);
        assertThat(auditTypes(idOf(email))).containsExactly("SIGNED_UP", "SIGNED_IN", "EMAIL_VERIFIED");
    }

    @Test
    void signUpAnswersTheSameForATakenAndAFreeAddressAndSaysTheRestByEmail() throws Exception {
        String taken = WebSession.uniqueEmail("taken");
        UUID owner = accounts.signUp("Tess Taken", taken, PASSWORD, "test").value().id();
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        String free = WebSession.uniqueEmail("free");
        WebSession first = browser();
        WebSession second = browser();

        var forTaken = first.post("/sign-up", "/sign-up", Map.of("displayName", "Sly Someone", "email", taken.toUpperCase(Locale.ROOT),
                "password", NEW_PASSWORD));
        var forFree = second.post("/sign-up", "/sign-up", Map.of("displayName", "Fay Free", "email", free, "password", NEW_PASSWORD));

        assertThat(forTaken.statusCode()).isEqualTo(302);
        assertThat(forFree.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(forTaken)).isEqualTo("/sign-up?check-email").isEqualTo(WebSession.target(forFree));
        assertThat(forTaken.headers().map().keySet()).as("the same headers").isEqualTo(forFree.headers().map().keySet());
        var takenPage = first.get(WebSession.target(forTaken));
        var freePage = second.get(WebSession.target(forFree));
        assertThat(takenPage.statusCode()).isEqualTo(200);
        assertThat(takenPage.body()).contains("<h1>Check your email</h1>", "Check your email: we have sent a message to the address you gave")
                .doesNotContain("already exists");
        assertThat(withoutCsrf(takenPage.body())).as("the two pages are identical").isEqualTo(withoutCsrf(freePage.body()));
        assertThat(WebSession.target(second.get("/account"))).as("not signed in").isEqualTo("/sign-in");

        assertThat(mail.waitForIncomingEmail(5_000, 3)).as("the first confirmation, the notice and the new confirmation").isTrue();
        String notice = text(onlyMessage(taken, SIGN_UP_ATTEMPT_SUBJECT));
        assertThat(notice).startsWith("Hello Tess Taken,").contains("It already has an", "nothing was changed", "/sign-in", "/forgot-password");
        assertThat(link(onlyMessage(free, VERIFY_SUBJECT), "/account/verify")).startsWith("/account/verify?token=");
        assertThat(WebSession.target(browser().signIn(taken, PASSWORD))).as("the owner's password is unchanged").isEqualTo("/learn?signed-in");
        assertThat(auditTypes(owner)).containsExactly("SIGNED_UP", "SIGNED_IN");
    }

    @Test
    void anExpiredConfirmationLinkDoesNotWork() throws Exception {
        String email = WebSession.uniqueEmail("late");
        UUID id = accounts.signUp("Lee Late", email, PASSWORD, "test").value().id();
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        String link = link(onlyMessage(email, VERIFY_SUBJECT), "/account/verify");
        expireLinks(id, "VERIFY_EMAIL");

        var page = browser().get(link);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>This link does not work</h1>");
        assertThat(verifiedAt(email)).isNull();
    }

    // ---------------------------------------------------------------- forgotten password

    @Test
    void forgotPasswordSaysTheSameForEveryAddressButOnlyMailsAnAccount() throws Exception {
        String known = WebSession.uniqueEmail("kai");
        UUID id = accounts.signUp("Kai Known", known, PASSWORD, "test").value().id();
        String unknown = WebSession.uniqueEmail("nobody");

        var forUnknown = browser().post("/forgot-password", "/forgot-password", Map.of("email", unknown));
        var forKnown = browser().post("/forgot-password", "/forgot-password", Map.of("email", known.toUpperCase(Locale.ROOT)));

        assertThat(forUnknown.statusCode()).isEqualTo(200);
        assertThat(forKnown.statusCode()).isEqualTo(200);
        assertThat(forKnown.body()).contains(RESET_SENT);
        assertThat(withoutCsrf(forKnown.body())).as("the two answers are identical").isEqualTo(withoutCsrf(forUnknown.body()));

        assertThat(mail.waitForIncomingEmail(5_000, 2)).as("the sign-up confirmation and the reset link").isTrue();
        MimeMessage reset = onlyMessage(known, RESET_SUBJECT);
        assertThat(text(reset)).startsWith("Hello Kai Known,").contains("within 30 minutes. It works once.");
        assertThat(link(reset, "/reset-password")).startsWith("/reset-password?token=");
        assertThat(messagesTo(unknown)).as("nothing goes to an address without an account").isEmpty();
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(auditTypes(id)).containsExactly("SIGNED_UP", "PASSWORD_RESET_REQUESTED");
    }

    @Test
    void aDisabledAccountGetsNoResetLink() throws Exception {
        String email = WebSession.uniqueEmail("off");
        UUID id = accounts.signUp("Otis Off", email, PASSWORD, "test").value().id();
        assertThat(administration.setEnabled(UUID.randomUUID(), id, new AccessChange(false), "test").isSaved()).isTrue();

        var answer = browser().post("/forgot-password", "/forgot-password", Map.of("email", email));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(RESET_SENT);
        assertThat(mail.waitForIncomingEmail(1_000, 2)).as("only the sign-up confirmation arrives").isFalse();
        assertThat(messagesTo(email).stream().map(MailFlowTests::subject)).containsExactly(VERIFY_SUBJECT);
    }

    @Test
    void theResetLinkChangesThePasswordOnceAndAWeakChoiceDoesNotUseItUp() throws Exception {
        String email = WebSession.uniqueEmail("rae");
        UUID id = accounts.signUp("Rae Reset", email, PASSWORD, "test").value().id();
        WebSession elsewhere = browser();
        assertThat(WebSession.target(elsewhere.signIn(email, PASSWORD))).isEqualTo("/learn?signed-in");
        browser().post("/forgot-password", "/forgot-password", Map.of("email", email));
        assertThat(mail.waitForIncomingEmail(5_000, 2)).isTrue();
        String link = link(onlyMessage(email, RESET_SUBJECT), "/reset-password");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        WebSession browser = browser();

        var form = browser.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Choose a new password", "name=\"newPassword\"", "value=\"" + token + "\"")
                .doesNotContain(RESET_LINK_DEAD);

        String weak = "correct horse battery staple 42";
        var refused = browser.post(link, "/reset-password", Map.of("token", token, "newPassword", weak));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<small class=\"field-error\">"
                + html(PasswordPolicy.check(weak, email, "Rae Reset").orElseThrow()) + "</small>", "name=\"newPassword\"");
        assertThat(linkUsedAt(id)).as("a weak choice does not use up the link").isNull();
        assertThat(browser.get(link).body()).contains("name=\"newPassword\"").doesNotContain(RESET_LINK_DEAD);

        var changed = browser.post(link, "/reset-password", Map.of("token", token, "newPassword", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(WebSession.target(changed)).isEqualTo("/sign-in?reset");
        assertThat(browser.get("/sign-in?reset").body()).contains("Your password was changed. Sign in with the new one.");
        assertThat(linkUsedAt(id)).isNotNull();
        assertThat(WebSession.target(elsewhere.get("/account"))).as("every session was signed out").isEqualTo("/sign-in");
        assertThat(WebSession.target(browser().signIn(email, PASSWORD))).isEqualTo("/sign-in?error=credentials");
        assertThat(WebSession.target(browser().signIn(email, NEW_PASSWORD))).isEqualTo("/learn?signed-in");
        assertThat(verifiedAt(email)).as("the link arrived by email, so the address works").isNotNull();
        assertThat(auditRows(id)).contains("PASSWORD_RESET every session was signed out");

        var reopened = browser.get(link);
        assertThat(reopened.body()).contains(RESET_LINK_DEAD).doesNotContain("name=\"newPassword\"");
        var reused = browser.post("/forgot-password", "/reset-password", Map.of("token", token, "newPassword", "velvet tundra pickle saga 19"));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains(RESET_LINK_DEAD).doesNotContain("name=\"newPassword\"");
        assertThat(WebSession.target(browser().signIn(email, NEW_PASSWORD))).as("the password stayed as reset").isEqualTo("/learn?signed-in");
    }

    @Test
    void anExpiredResetLinkIsRefused() throws Exception {
        String email = WebSession.uniqueEmail("expired");
        UUID id = accounts.signUp("Ezra Expired", email, PASSWORD, "test").value().id();
        browser().post("/forgot-password", "/forgot-password", Map.of("email", email));
        assertThat(mail.waitForIncomingEmail(5_000, 2)).isTrue();
        String link = link(onlyMessage(email, RESET_SUBJECT), "/reset-password");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        expireLinks(id, "RESET_PASSWORD");
        WebSession browser = browser();

        var page = browser.get(link);
        var attempt = browser.post("/forgot-password", "/reset-password", Map.of("token", token, "newPassword", NEW_PASSWORD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(RESET_LINK_DEAD).doesNotContain("name=\"newPassword\"");
        assertThat(attempt.statusCode()).isEqualTo(422);
        assertThat(attempt.body()).contains(RESET_LINK_DEAD);
        assertThat(linkUsedAt(id)).isNull();
        assertThat(WebSession.target(browser().signIn(email, PASSWORD))).as("the password is unchanged").isEqualTo("/learn?signed-in");
    }

    // ---------------------------------------------------------------- helpers

    private WebSession browser() {
        return new WebSession(port);
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> ((InternetAddress) to).getAddress().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage onlyMessage(String address, String subject) {
        List<MimeMessage> matching = messagesTo(address).stream().filter(message -> subject.equals(subject(message))).toList();
        assertThat(matching).as("messages to %s about '%s'", address, subject).hasSize(1);
        return matching.getFirst();
    }

    private static String text(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent()).replace("\r\n", "\n");
    }

    /** The link in a message to {@code path}, as path and query on whatever host ascent.base-url names. */
    private static String link(MimeMessage message, String path) throws Exception {
        Matcher matcher = Pattern.compile("https?://[^\\s/]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)").matcher(text(message));
        assertThat(matcher.find()).as("a link to %s in:%n%s", path, text(message)).isTrue();
        return matcher.group(1);
    }

    /** Text as jte writes it between tags: &amp;, &lt; and &gt; escaped, quotes as they are. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void expireLinks(UUID accountId, String purpose) {
        int expired = jdbc.sql("""
                        update accounts.one_time_tokens set expires_at = now() - interval '1 minute'
                        where account_id = :id and purpose = :purpose""")
                .param("id", accountId).param("purpose", purpose).update();
        assertThat(expired).isEqualTo(1);
    }

    private Object verifiedAt(String email) {
        return jdbc.sql("select email_verified_at from accounts.accounts where email = :email").param("email", email)
                .query().singleRow().get("email_verified_at");
    }

    private Object linkUsedAt(UUID accountId) {
        return jdbc.sql("select used_at from accounts.one_time_tokens where account_id = :id and purpose = 'RESET_PASSWORD'")
                .param("id", accountId).query().singleRow().get("used_at");
    }

    private UUID idOf(String email) {
        return jdbc.sql("select id from accounts.accounts where email = :email").param("email", email).query(UUID.class).single();
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
