package dev.ascent.accounts.internal;

import dev.ascent.accounts.internal.AuditLog.Type;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Email-and-password sign-in: throttled before the password is even checked (by device when the
 * browser's device cookie names this account, see {@link SignInThrottle}), audited either way. The password is checked before the account's status, so a disabled account is only
 * revealed to someone who knows its password.
 */
class SignInProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final DeviceCookies devices;

    SignInProvider(AccountStore accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit, DeviceCookies devices) {
        this.accounts = accounts;
        this.devices = devices;
        this.throttle = throttle;
        this.audit = audit;
        this.passwords = new DaoAuthenticationProvider(email -> accounts.byEmail(email).map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such account")));
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        UserDetailsChecker afterPassword = user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("This account is disabled.");
            }
        };
        this.passwords.setPostAuthenticationChecks(afterPassword);
        this.passwords.setHideUserNotFoundExceptions(true);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = AccountStore.normalise(String.valueOf(authentication.getName()));
        String client = client(authentication);
        if (TextInput.checkEmail(email).isPresent()) {
            // not an address any account can have: no query, and the same answer as a wrong password
            throttle.recordFailure(email.length() > TextInput.MAX_EMAIL ? email.substring(0, TextInput.MAX_EMAIL) : email, client, null);
            throw new BadCredentialsException("Bad credentials");
        }
        UUID accountId = accounts.byEmail(email).map(c -> c.account().id()).orElse(null);
        String device = accountId == null || !(authentication.getDetails() instanceof SignInDetails details)
                ? null : devices.device(accountId, details.deviceCookie()).orElse(null);
        OptionalLong wait = throttle.waitBeforeAttempt(email, client, device);
        if (wait.isPresent()) {
            audit.record(accountId, Type.SIGN_IN_THROTTLED, "refused for " + wait.getAsLong() + " s", client);
            throw new SignInThrottledException(wait.getAsLong());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            AccountPrincipal principal = ((AccountPrincipal) result.getPrincipal()).withoutPassword();
            throttle.recordSuccess(email, device);
            audit.record(principal.id(), Type.SIGNED_IN, "with password", client);
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            // address and session only: the device cookie stays out of the stored session
            signedIn.setDetails(authentication.getDetails() instanceof WebAuthenticationDetails details
                    ? new WebAuthenticationDetails(details.getRemoteAddress(), details.getSessionId()) : null);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, client, device);
            audit.record(accountId, Type.SIGN_IN_FAILED, accountId == null ? "unknown email" : "wrong password", client);
            throw e;
        } catch (DisabledException e) {
            audit.record(accountId, Type.SIGN_IN_FAILED, "account disabled", client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
