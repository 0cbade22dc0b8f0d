package dev.ascent.teams.internal;

import dev.ascent.accounts.Accounts;
import dev.ascent.platform.Digests;
import dev.ascent.platform.Display;
import dev.ascent.teams.Invitation;
import dev.ascent.teams.Invitations;
import dev.ascent.teams.MemberInvited;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import java.time.Clock;
import java.util.List;

/**
 * Mails an invitation that names an address, when SMTP is configured ({@code spring.mail.host}); without it
 * the lead's link is the only one. The {@link MemberInvited} event waits in the event publication registry
 * until the mail server took the message, so a failure or a stopped instance sends it again. The mailed link
 * has its own secret, made when the mail is sent (no secret waits in the registry) and stored as its digest
 * first; the invitation still works once, by whichever link comes first.
 */
@Component
public class InvitationMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final InvitationStore invitations;
    private final TeamStore teams;
    private final Accounts accounts;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    InvitationMail(ObjectProvider<JavaMailSender> sender, InvitationStore invitations, TeamStore teams, Accounts accounts, Clock clock,
                   @Value("${ascent.mail.from:ascent@localhost}") String from,
                   @Value("${ascent.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.invitations = invitations;
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Not for an invitation without an address, or one no longer open (revoked, used, expired) by the time it is sent. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MemberInvited invited) {
        JavaMailSender mail = sender.getIfAvailable();
        var invitation = invitations.find(invited.teamId(), invited.invitationId())
                .filter(i -> i.email() != null && i.state(clock.instant()) == Invitation.State.OPEN);
        var team = teams.find(invited.teamId());
        if (mail == null || invitation.isEmpty() || team.isEmpty()) {
            return;
        }
        String token = Invitations.newToken();
        invitations.setMailedToken(invitation.get().id(), Digests.sha256Hex(token));
        String inviter = accounts.displayNames(List.of(invited.invitedBy())).getOrDefault(invited.invitedBy(), "A lead of the team");
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(invitation.get().email());
        message.setSubject("%s invites you to the team %s on Ascent".formatted(inviter, team.get().name()));
        message.setText("""
                Hello,

                %s invites you to join the team "%s" on Ascent as %s.

                Open this link to accept or decline; it works once, until %s:

                %s/invitations/%s

                You sign in (or create an account) first. If you did not expect this, ignore this message.
                """.formatted(inviter, team.get().name(), invitation.get().role().label().toLowerCase(java.util.Locale.ROOT),
                Display.time(invitation.get().expiresAt()), baseUrl, token));
        mail.send(message);
    }
}
