package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.Role;
import dev.ascent.accounts.internal.AuditLog.Type;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Creating an account. Whether an address already has one is told by email when email is
 * configured (a notice to that address), never on the page: see {@link Result}.
 */
@Service
public class SignUps {

    public static final String ADDRESS_TAKEN = "An account with this email already exists. Sign in, or reset the password if you forgot it.";

    /** What a sign-up did. */
    public sealed interface Result {
        /** The account was made (and, with email, a confirmation link sent). */
        record Created(Account account) implements Result {
        }

        /** The address already has an account (with email, its owner was told so by email); nothing changed. */
        record AddressTaken() implements Result {
        }

        /** The form has mistakes, by field; they never depend on whether the address has an account. */
        record Invalid(Map<String, String> errors) implements Result {
        }
    }

    private final AccountStore accounts;
    private final AuditLog audit;
    private final AccountMail mail;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final String adminEmail;

    SignUps(AccountStore accounts, AuditLog audit, AccountMail mail, SignInThrottle throttle,
            PasswordEncoder passwords, ApplicationEventPublisher events, @Value("${ascent.admin.email:}") String adminEmail) {
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.mail = mail;
        this.throttle = throttle;
        this.passwords = passwords;
        this.adminEmail = AccountStore.normalise(adminEmail);
    }

    @Transactional
    public Result signUp(String displayName, String email, String password, String client) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = TextInput.singleLine(displayName);
        String address = TextInput.singleLine(email);
        TextInput.checkName(name).ifPresent(message -> errors.put("displayName", message));
        TextInput.checkEmail(address).ifPresent(message -> errors.put("email", message));
        PasswordPolicy.check(password, address, name).ifPresent(message -> errors.put("password", message));
        if (!errors.isEmpty()) {
            return new Result.Invalid(errors);
        }
        UUID id = UUID.randomUUID();
        Role role = !adminEmail.isEmpty() && adminEmail.equals(AccountStore.normalise(address)) ? Role.ADMIN : Role.LEARNER;
        // the password is hashed either way, so the time an answer takes does not tell whether the address is taken
        if (!accounts.insert(id, address, name, passwords.encode(password), role)) {
            notifyOwner(address);
            return new Result.AddressTaken();
        }
        audit.record(id, Type.SIGNED_UP, role == Role.ADMIN ? "signed up as the configured administrator" : "", client);
        if (mail.enabled()) {
            events.publishEvent(new EmailVerificationRequested(id));
        }
        return new Result.Created(accounts.byId(id).orElseThrow().account());
    }

    /** Tells the address's owner that someone tried to sign up with it (three such emails an hour at most). */
    private void notifyOwner(String address) {
        if (!mail.enabled()) {
            return;
        }
        accounts.byEmail(address).map(AccountStore.Credentials::account).filter(Account::enabled)
                .filter(account -> throttle.allowSignUpNotice(account.email()))
                .ifPresent(account -> events.publishEvent(new SignUpWithTakenAddressAttempted(account.id())));
    }
}
