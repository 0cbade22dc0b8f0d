package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.Role;
import dev.ascent.accounts.SignUp;
import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Creating an account. Whether an address already has one is told by email when email is configured
 * (a notice to that address), never in the answer: see {@link SignedUp}.
 */
@Service
public class SignUps {

    public static final String ADDRESS_TAKEN = "An account with this email already exists. Sign in, or reset the password if you forgot it.";

    /**
     * A sign-up that went through. With email configured, {@code account} is null when the address already
     * had one (its owner was told by email): the caller answers exactly as for a new account, "check your
     * email". Without email there is no other way to tell the person, so a taken address is invalid on "email".
     */
    public record SignedUp(@Nullable Account account) {
    }

    private final AccountStore accounts;
    private final AuditLog audit;
    private final AccountMail mail;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final FormErrors formErrors;
    private final String adminEmail;

    SignUps(AccountStore accounts, AuditLog audit, AccountMail mail, SignInThrottle throttle, PasswordEncoder passwords,
            ApplicationEventPublisher events, FormErrors formErrors, @Value("${ascent.admin.email:}") String adminEmail) {
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.mail = mail;
        this.throttle = throttle;
        this.passwords = passwords;
        this.formErrors = formErrors;
        this.adminEmail = AccountStore.normalise(adminEmail);
    }

    /** Every mistake in the form at once; they never depend on whether the address has an account. */
    @Transactional
    public Outcome<SignedUp> signUp(SignUp form, String client) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        PasswordPolicy.check(form.password(), form.email(), form.displayName()).ifPresent(message -> errors.putIfAbsent("password", message));
        return Outcome.unless(errors, () -> create(form, client));
    }

    private Outcome<SignedUp> create(SignUp form, String client) {
        UUID id = UUID.randomUUID();
        Role role = !adminEmail.isEmpty() && adminEmail.equals(AccountStore.normalise(form.email())) ? Role.ADMIN : Role.LEARNER;
        // the password is hashed either way, so the time an answer takes does not tell whether the address is taken
        if (!accounts.insert(id, form.email(), form.displayName(), passwords.encode(form.password()), role)) {
            if (!mail.enabled()) {
                return Outcome.invalid("email", ADDRESS_TAKEN);
            }
            notifyOwner(form.email());
            return Outcome.saved(new SignedUp(null));
        }
        audit.record(id, Type.SIGNED_UP, role == Role.ADMIN ? "signed up as the configured administrator" : "", client);
        if (mail.enabled()) {
            events.publishEvent(new EmailVerificationRequested(id));
        }
        return Outcome.saved(new SignedUp(accounts.byId(id).orElseThrow().account()));
    }

    /** Tells the address's owner that someone tried to sign up with it (three such emails an hour at most). */
    private void notifyOwner(String address) {
        accounts.byEmail(address).map(AccountStore.Credentials::account).filter(Account::enabled)
                .filter(account -> throttle.allowSignUpNotice(account.email()))
                .ifPresent(account -> events.publishEvent(new SignUpWithTakenAddressAttempted(account.id())));
    }
}
