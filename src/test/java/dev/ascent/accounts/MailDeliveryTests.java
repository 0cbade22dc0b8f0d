package dev.ascent.accounts;

import dev.ascent.accounts.internal.Passwords;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ascent.accounts.WebSession.NEW_PASSWORD;
import static dev.ascent.accounts.WebSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An email asked for while the mail server is down is not lost: its event stays in the event
 * publication registry, failed, and goes out when it is resubmitted (as {@code platform.UnfinishedEvents}
 * does once a minute) after the server is back. So does one whose instance stopped while sending.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "spring.modulith.events.staleness.check-interval=200ms"})
class MailDeliveryTests {

    static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** Not started until a test says the server is back. */
    final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    TestAccounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    FailedEventPublications failed;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aResetLinkAskedForWhileTheMailServerIsDownIsSentOnceItIsBack() throws Exception {
        String email = WebSession.uniqueEmail("offline");
        UUID id = accounts.signUp("Otto Offline", email, PASSWORD, "test").value().id();
        passwords.requestPasswordReset(email, "test");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publications(id)).as("both sends failed and were kept").containsExactly("FAILED", "FAILED"));

        smtp.start();
        failed.resubmit(ResubmissionOptions.defaults());

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).as("the confirmation and the reset link").isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publications(id)).as("done, and deleted").isEmpty());
        MimeMessage reset = message("Reset your Ascent password");
        String token = token(reset, "/reset-password");
        assertThat(passwords.resetPassword(new PasswordReset(token, NEW_PASSWORD), "test").isSaved()).as("the link that arrived late works").isTrue();
        assertThat(token(message("Confirm your email address for Ascent"), "/account/verify")).isNotBlank();
    }

    @Test
    void anEmailWhoseInstanceStoppedWhileSendingIsSentAgain() throws Exception {
        String email = WebSession.uniqueEmail("crashed");
        UUID id = accounts.signUp("Cora Crashed", email, PASSWORD, "test").value().id();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publications(id)).containsExactly("FAILED"));
        // what an instance that died in the middle of sending leaves behind: a publication still processing
        jdbc.sql("""
                        update event_publication set status = 'PROCESSING', publication_date = now() - interval '11 minutes'
                        where serialized_event like '%' || :id || '%'""")
                .param("id", id.toString()).update();
        assertThat(publications(id)).containsExactly("PROCESSING");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publications(id)).as("stale after 10 minutes, so failed").containsExactly("FAILED"));
        smtp.start();
        failed.resubmit(ResubmissionOptions.defaults());

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(token(message("Confirm your email address for Ascent"), "/account/verify")).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publications(id)).isEmpty());
    }

    private List<String> publications(UUID accountId) {
        return jdbc.sql("select status from event_publication where serialized_event like '%' || :id || '%' order by publication_date")
                .param("id", accountId.toString()).query(String.class).list();
    }

    private MimeMessage message(String subject) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("no message about '%s'".formatted(subject));
    }

    private static String token(MimeMessage message, String path) throws Exception {
        String text = String.valueOf(message.getContent());
        Matcher matcher = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(matcher.find()).as("a link to %s in:%n%s", path, text).isTrue();
        return matcher.group(1);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
