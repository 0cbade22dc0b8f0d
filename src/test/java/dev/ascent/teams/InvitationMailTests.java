package dev.ascent.teams;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ascent.accounts.TestAccounts;
import dev.ascent.accounts.WebSession;
import dev.ascent.platform.Outcome;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With SMTP configured, an invitation that names an address is mailed with a link of its own, against a real
 * SMTP server (GreenMail); one asked for while the server is down waits in the event publication registry and
 * goes out when it is resubmitted. Either link works, once.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "spring.modulith.events.staleness.check-interval=200ms"})
class InvitationMailTests {

    static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Teams teams;

    @Autowired
    Invitations invitations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FailedEventPublications failed;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    private UUID person(String name) {
        return accounts.signUp(name, WebSession.uniqueEmail("mail"), WebSession.PASSWORD, "test").value().id();
    }

    private Team team(UUID lead, String name) {
        return ((Outcome.Saved<Team>) teams.create(lead, new TeamForm(name))).value();
    }

    @Test
    void anInvitationWithAnAddressIsMailedWithALinkThatWorksOnce() throws Exception {
        smtp.start();
        UUID lead = person("Mae Mailer");
        Team team = team(lead, "Mailroom");
        String to = WebSession.uniqueEmail("invited");

        InvitationLink shown = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team.id(), new InvitationForm(TeamRole.MENTOR, to))).value();

        assertThat(shown.mailed()).isTrue();
        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> message(to, "Mae Mailer invites you to the team Mailroom on Ascent"),
                java.util.Objects::nonNull);
        String text = String.valueOf(mail.getContent());
        assertThat(text).contains("as mentor", "works once");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat("/invitations/" + link.group(1)).as("the mail has its own secret").isNotEqualTo(shown.path());
        UUID invitee = person("Ines Invitee");
        assertThat(invitations.accept(invitee, link.group(1)).isSaved()).isTrue();
        assertThat(teams.roleOf(invitee, team.id())).contains(TeamRole.MENTOR);
        assertThat(invitations.accept(person("Sly Second"), shown.path().substring(13))).as("one invitation, used once")
                .isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void anInvitationWithoutAnAddressIsNotMailed() throws Exception {
        smtp.start();
        UUID lead = person("Nell Nomail");
        Team team = team(lead, "Quiet");

        InvitationLink shown = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team.id(), new InvitationForm(TeamRole.MEMBER, null))).value();

        assertThat(shown.mailed()).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publications(shown.invitation().id())).isEmpty());
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(InvitationMailTests::subject)).noneMatch(s -> s.contains("Quiet"));
    }

    @Test
    void anInvitationMailedWhileTheServerIsDownGoesOutOnceItIsBack() throws Exception {
        UUID lead = person("Otis Offline");
        Team team = team(lead, "Offline");
        String to = WebSession.uniqueEmail("later");

        InvitationLink shown = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team.id(), new InvitationForm(TeamRole.MEMBER, to))).value();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publications(shown.invitation().id())).as("the send failed and was kept").containsExactly("FAILED"));
        smtp.start();
        failed.resubmit(ResubmissionOptions.defaults());

        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> message(to, "Otis Offline invites you to the team Offline on Ascent"),
                java.util.Objects::nonNull);
        Matcher link = LINK.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(publications(shown.invitation().id())).as("done, and deleted").isEmpty());
        assertThat(invitations.accept(person("Lou Later"), link.group(1)).isSaved()).as("the link that arrived late works").isTrue();
    }

    @Autowired
    Notifications notifications;

    /** A notification's email copy goes to the person it concerns, unless they turned that kind off by email. */
    @Test
    void aNotificationIsMailedUnlessItsKindIsTurnedOffByEmail() throws Exception {
        smtp.start();
        String leadEmail = WebSession.uniqueEmail("notified");
        UUID lead = accounts.signUp("Nia Notified", leadEmail, WebSession.PASSWORD, "test").value().id();
        Team team = team(lead, "Heard");
        String path = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team.id(), new InvitationForm(TeamRole.MEMBER, null))).value().path();
        assertThat(invitations.accept(person("Joe Joiner"), path.substring(13)).isSaved()).isTrue();

        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> message(leadEmail, "Joe Joiner joined Heard as member."),
                java.util.Objects::nonNull);
        assertThat(String.valueOf(mail.getContent())).contains("Hello Nia Notified", "/teams/" + team.id(), "/notifications");
        assertThat(notifications.settings(lead).emailAvailable()).isTrue();

        notifications.save(lead, new NotificationSettingsForm(List.of(NotificationKind.values()), List.of()));
        String second = ((Outcome.Saved<InvitationLink>) invitations.invite(lead, team.id(), new InvitationForm(TeamRole.MEMBER, null))).value().path();
        assertThat(invitations.accept(person("Kit Quiet"), second.substring(13)).isSaved()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.list(lead).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> message(leadEmail, "Kit Quiet joined Heard as member.") == null);
    }

    private List<String> publications(UUID invitationId) {
        return jdbc.sql("select status from event_publication where serialized_event like '%' || :id || '%' order by publication_date")
                .param("id", invitationId.toString()).query(String.class).list();
    }

    private MimeMessage message(String to, String subject) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject.equals(message.getSubject()) && Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(to))) {
                return message;
            }
        }
        return null;
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
