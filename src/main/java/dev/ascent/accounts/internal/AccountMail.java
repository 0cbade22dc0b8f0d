package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The emails Ascent sends: address verification, password reset, and the notice that someone tried
 * to sign up with an address that has an account. Email is optional: without
 * {@code spring.mail.host} nothing is sent (no event is published) and the pages say so.
 * <p>
 * Each email is asked for by an event published in the transaction that needs it, so it goes out
 * only if that transaction commits, and off the request thread, so how fast a page answers never
 * tells whether an email went out, i.e. whether an address has an account. The event is kept in the
 * event publication registry until the email is handed to the mail server: when sending fails (the
 * server is down) or the instance stops first, it is sent again ({@code platform.UnfinishedEvents}).
 * The link's token is made when the email is sent, so no secret waits in the registry. The listeners
 * run without a transaction: the token is stored (committed) before the email goes out, so the link
 * works the moment it arrives; a send that fails leaves an unused token nobody has, which expires.
 */
@Component
public class AccountMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final AccountStore accounts;
    private final OneTimeTokens links;
    private final String from;
    private final String baseUrl;

    AccountMail(ObjectProvider<JavaMailSender> sender, AccountStore accounts, OneTimeTokens links,
                @Value("${ascent.mail.from:ascent@localhost}") String from,
                @Value("${ascent.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.accounts = accounts;
        this.links = links;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Not for an address confirmed, or an account erased, since it was asked for. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(EmailVerificationRequested requested) {
        account(requested.accountId()).filter(account -> account.emailVerifiedAt() == null).ifPresent(account ->
                send(account.email(), "Confirm your email address for Ascent", """
                        Hello %s,

                        please confirm that this is your email address by opening this link within 24 hours:

                        %s/account/verify?token=%s

                        If you did not create an Ascent account, ignore this message.
                        """.formatted(account.displayName(), baseUrl,
                        links.issue(account.id(), OneTimeTokens.Purpose.VERIFY_EMAIL, Duration.ofHours(24)))));
    }

    /** To an address that already has an account, instead of saying on the sign-up page that it does. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SignUpWithTakenAddressAttempted attempted) {
        account(attempted.accountId()).ifPresent(account ->
                send(account.email(), "Someone tried to sign up to Ascent with your address", """
                        Hello %s,

                        someone tried to create a new Ascent account with this email address. It already has an
                        account, so nothing was changed.

                        If it was you, sign in: %s/sign-in
                        If you forgot your password, reset it: %s/forgot-password

                        If it was not you, ignore this message: your account stays as it is.
                        """.formatted(account.displayName(), baseUrl, baseUrl)));
    }

    /** Not for an account disabled, or erased, since it was asked for. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PasswordResetRequested requested) {
        account(requested.accountId()).filter(Account::enabled).ifPresent(account ->
                send(account.email(), "Reset your Ascent password", """
                        Hello %s,

                        someone asked to reset the password of your Ascent account. To choose a new one, open this
                        link within 30 minutes. It works once.

                        %s/reset-password?token=%s

                        If it was not you, ignore this message: your password stays as it is.
                        """.formatted(account.displayName(), baseUrl,
                        links.issue(account.id(), OneTimeTokens.Purpose.RESET_PASSWORD, Duration.ofMinutes(30)))));
    }

    private Optional<Account> account(UUID id) {
        return accounts.byId(id).map(AccountStore.Credentials::account);
    }

    /** A failure propagates, so the publication stays incomplete and is sent again. */
    private void send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }
}
