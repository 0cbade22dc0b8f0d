package dev.ascent.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The emails Ascent sends: address verification, password reset, and the notice that someone tried
 * to sign up with an address that has an account. Email is optional: without
 * {@code spring.mail.host} nothing is sent and the pages say so.
 */
@Component
public class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    AccountMail(ObjectProvider<JavaMailSender> sender,
                @Value("${ascent.mail.from:ascent@localhost}") String from,
                @Value("${ascent.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void sendVerification(String to, String name, String token) {
        send(to, "Confirm your email address for Ascent", """
                Hello %s,

                please confirm that this is your email address by opening this link within 24 hours:

                %s/account/verify?token=%s

                If you did not create an Ascent account, ignore this message.
                """.formatted(name, baseUrl, token));
    }

    /** To an address that already has an account, instead of saying on the sign-up page that it does. */
    void sendSignUpAttempt(String to, String name) {
        send(to, "Someone tried to sign up to Ascent with your address", """
                Hello %s,

                someone tried to create a new Ascent account with this email address. It already has an
                account, so nothing was changed.

                If it was you, sign in: %s/sign-in
                If you forgot your password, reset it: %s/forgot-password

                If it was not you, ignore this message: your account stays as it is.
                """.formatted(name, baseUrl, baseUrl));
    }

    void sendPasswordReset(String to, String name, String token) {
        send(to, "Reset your Ascent password", """
                Hello %s,

                someone asked to reset the password of your Ascent account. To choose a new one, open this
                link within 30 minutes. It works once.

                %s/reset-password?token=%s

                If it was not you, ignore this message: your password stays as it is.
                """.formatted(name, baseUrl, token));
    }

    /**
     * Sends after the surrounding transaction commits (a link must not arrive for a change that was
     * rolled back) and off the request thread, so how fast a page answers never tells whether an
     * email went out, i.e. whether an address has an account.
     */
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
        Runnable delivery = () -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                // The account action still succeeds; the person can ask for another link.
                log.warn("Could not send '{}' to an account: {}", subject, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    DELIVERY.execute(delivery);
                }
            });
        } else {
            DELIVERY.execute(delivery);
        }
    }

    private static final Executor DELIVERY = Executors.newVirtualThreadPerTaskExecutor();
}
