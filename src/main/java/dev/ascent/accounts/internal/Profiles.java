package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.Rename;
import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An account as its owner sees and keeps it: the name, the confirmed email address, the security activity. */
@Service
public class Profiles {

    private final AccountStore accounts;
    private final AuditLog audit;
    private final AccountMail mail;
    private final OneTimeTokens links;
    private final ApplicationEventPublisher events;
    private final FormErrors formErrors;

    Profiles(AccountStore accounts, AuditLog audit, AccountMail mail, OneTimeTokens links, ApplicationEventPublisher events,
             FormErrors formErrors) {
        this.formErrors = formErrors;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
        this.links = links;
        this.events = events;
    }

    public Optional<Account> find(UUID id) {
        return accounts.byId(id).map(AccountStore.Credentials::account);
    }

    /** Display names of the accounts that exist among {@code ids}, in one query (for lists of people, without one read each). */
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        return accounts.displayNames(ids);
    }

    @Transactional
    public Outcome<Account> rename(UUID id, Rename form) {
        return Outcome.unless(formErrors.check(form), () -> {
            accounts.updateDisplayName(id, form.displayName());
            return Outcome.saved(find(id).orElseThrow());
        });
    }

    @Transactional
    public boolean verifyEmail(String token, String client) {
        return links.redeem(token, OneTimeTokens.Purpose.VERIFY_EMAIL).map(id -> {
            accounts.markEmailVerified(id);
            audit.record(id, Type.EMAIL_VERIFIED, "", client);
            return true;
        }).orElse(false);
    }

    @Transactional
    public void resendVerification(UUID id) {
        find(id).filter(account -> account.emailVerifiedAt() == null && mail.enabled()).ifPresent(account ->
                events.publishEvent(new EmailVerificationRequested(id)));
    }

    /** The account's latest security events, newest first. */
    public List<AuditLog.Event> activity(UUID id) {
        return audit.forAccount(id, 100);
    }
}
