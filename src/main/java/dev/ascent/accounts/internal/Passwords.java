package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.internal.AuditLog.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Changing a password, and resetting a forgotten one with a link sent by email. */
@Service
public class Passwords {

    static final String LINK_USED = "This reset link has expired or was already used. Ask for a new one.";

    private final AccountStore accounts;
    private final OneTimeTokens links;
    private final AuditLog audit;
    private final AccountMail mail;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwords;
    private final SignOuts signOuts;
    private final ApplicationEventPublisher events;

    Passwords(AccountStore accounts, OneTimeTokens links, AuditLog audit, AccountMail mail, SignInThrottle throttle,
              PasswordEncoder passwords, SignOuts signOuts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.mail = mail;
        this.throttle = throttle;
        this.passwords = passwords;
        this.signOuts = signOuts;
        this.events = events;
    }

    /** Changes the password after checking the current one, and signs out every other session. */
    @Transactional
    public AccountOutcome<Account> changePassword(UUID id, String current, String replacement, @Nullable String keepSessionId, String client) {
        var credentials = accounts.byId(id).orElseThrow();
        if (!passwords.matches(current, credentials.passwordHash())) {
            return AccountOutcome.failed("currentPassword", "That is not your current password.");
        }
        var account = credentials.account();
        Optional<String> weak = PasswordPolicy.check(replacement, account.email(), account.displayName());
        if (weak.isPresent()) {
            return AccountOutcome.failed("newPassword", weak.get());
        }
        accounts.updatePassword(id, passwords.encode(replacement));
        signOuts.endSessions(account.email(), keepSessionId);
        audit.record(id, Type.PASSWORD_CHANGED, "other sessions were signed out", client);
        return AccountOutcome.ok(account);
    }

    /** Sends a reset link when the account exists and email is configured; the caller always says the same thing. */
    @Transactional
    public void requestPasswordReset(String email, String client) {
        if (!mail.enabled() || TextInput.checkEmail(TextInput.singleLine(email)).isPresent()) {
            return;
        }
        if (!throttle.allowResetRequest(email)) {
            return;
        }
        accounts.byEmail(email).map(AccountStore.Credentials::account).filter(Account::enabled).ifPresent(account -> {
            events.publishEvent(new PasswordResetRequested(account.id()));
            audit.record(account.id(), Type.PASSWORD_RESET_REQUESTED, "", client);
        });
    }

    public boolean resetLinkValid(String token) {
        return links.owner(token, OneTimeTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    @Transactional
    public AccountOutcome<Account> resetPassword(String token, String replacement, String client) {
        Optional<UUID> linkOwner = links.owner(token, OneTimeTokens.Purpose.RESET_PASSWORD);
        if (linkOwner.isEmpty()) {
            return AccountOutcome.failed("token", LINK_USED);
        }
        // check the password before using up the link, so a weak choice does not cost the person their link
        UUID owner = linkOwner.get();
        var account = accounts.byId(owner).orElseThrow().account();
        Optional<String> weak = PasswordPolicy.check(replacement, account.email(), account.displayName());
        if (weak.isPresent()) {
            return AccountOutcome.failed("newPassword", weak.get());
        }
        UUID id = links.redeem(token, OneTimeTokens.Purpose.RESET_PASSWORD).orElse(null);
        if (id == null) {
            return AccountOutcome.failed("token", LINK_USED);
        }
        accounts.updatePassword(id, passwords.encode(replacement));
        accounts.markEmailVerified(id); // the link arrived by email, so the address works
        signOuts.endSessions(account.email(), null);
        audit.record(id, Type.PASSWORD_RESET, "every session was signed out", client);
        return AccountOutcome.ok(account);
    }
}
