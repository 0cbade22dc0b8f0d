package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.PasswordChange;
import dev.ascent.accounts.PasswordReset;
import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private final FormErrors formErrors;

    Passwords(AccountStore accounts, OneTimeTokens links, AuditLog audit, AccountMail mail, SignInThrottle throttle,
              PasswordEncoder passwords, SignOuts signOuts, ApplicationEventPublisher events, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.mail = mail;
        this.throttle = throttle;
        this.passwords = passwords;
        this.signOuts = signOuts;
        this.events = events;
    }

    /**
     * Changes the password after checking the current one, and signs out every other session. A wrong current
     * password and a weak new one are reported together.
     */
    @Transactional
    public Outcome<Account> changePassword(UUID id, PasswordChange change, @Nullable String keepSessionId, String client) {
        var credentials = accounts.byId(id).orElseThrow();
        var account = credentials.account();
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(change));
        if (!passwords.matches(change.currentPassword(), credentials.passwordHash())) {
            errors.putIfAbsent("currentPassword", "That is not your current password.");
        }
        PasswordPolicy.check(change.newPassword(), account.email(), account.displayName()).ifPresent(weak -> errors.putIfAbsent("newPassword", weak));
        return Outcome.unless(errors, () -> {
            accounts.updatePassword(id, passwords.encode(change.newPassword()));
            signOuts.endSessions(account.email(), keepSessionId);
            audit.record(id, Type.PASSWORD_CHANGED, "other sessions were signed out", client);
            return Outcome.saved(account);
        });
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

    /** A new password through a reset link: invalid on "token" when the link is used up or expired, on "newPassword" when weak. */
    @Transactional
    public Outcome<Account> resetPassword(PasswordReset reset, String client) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(reset));
        Optional<UUID> linkOwner = links.owner(reset.token(), OneTimeTokens.Purpose.RESET_PASSWORD);
        if (linkOwner.isEmpty()) {
            errors.putIfAbsent("token", LINK_USED);
            return Outcome.invalid(errors);
        }
        // check the password before using up the link, so a weak choice does not cost the person their link
        var account = accounts.byId(linkOwner.get()).orElseThrow().account();
        PasswordPolicy.check(reset.newPassword(), account.email(), account.displayName()).ifPresent(weak -> errors.putIfAbsent("newPassword", weak));
        return Outcome.unless(errors, () -> {
            UUID id = links.redeem(reset.token(), OneTimeTokens.Purpose.RESET_PASSWORD).orElse(null);
            if (id == null) {
                return Outcome.invalid("token", LINK_USED);
            }
            accounts.updatePassword(id, passwords.encode(reset.newPassword()));
            accounts.markEmailVerified(id); // the link arrived by email, so the address works
            signOuts.endSessions(account.email(), null);
            audit.record(id, Type.PASSWORD_RESET, "every session was signed out", client);
            return Outcome.saved(account);
        });
    }
}
