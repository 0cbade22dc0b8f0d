package dev.ascent.teams.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.Accounts;
import dev.ascent.teams.NotificationCreated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Sends a notification's email copy when SMTP is configured ({@code spring.mail.host}) and the person did not turn
 * that kind off by email. The {@link NotificationCreated} event waits in the event publication registry until the
 * mail server took the message, so a failure or a stopped instance sends it again, and none is lost.
 */
@Component
public class NotificationMailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationStore store;
    private final Accounts accounts;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, NotificationStore store, Accounts accounts,
                       @Value("${ascent.mail.from:ascent@localhost}") String from,
                       @Value("${ascent.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.store = store;
        this.accounts = accounts;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NotificationCreated created) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || store.muted(created.accountId(), NotificationStore.Channel.EMAIL).contains(created.kind())) {
            return;
        }
        var notification = store.find(created.accountId(), created.notificationId());
        var account = accounts.find(created.accountId()).filter(Account::enabled);
        if (notification.isEmpty() || account.isEmpty()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.get().email());
        message.setSubject(notification.get().title());
        message.setText("""
                Hello %s,

                %s

                Open it: %s%s

                You get this because it concerns you in a team on Ascent. Turn this kind of message off, by email or in the
                app, at %s/notifications.
                """.formatted(account.get().displayName(), notification.get().title(), baseUrl, notification.get().link(), baseUrl));
        mail.send(message);
    }
}
