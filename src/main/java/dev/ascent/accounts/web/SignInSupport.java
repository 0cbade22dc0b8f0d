package dev.ascent.accounts.web;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.internal.AccountPrincipal;
import dev.ascent.accounts.internal.CurrentAccountSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in without a password form (right after sign-up) and keeps their session's principal current. */
@Component
class SignInSupport {

    static final String TYPED_EMAIL = "ascent.signInEmail";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    boolean signedIn() {
        return CurrentAccountSupport.current().isPresent();
    }

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.role(), account.enabled(), "");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new id at sign-in, as with the password form
        }
        contexts.saveContext(context, request, response);
    }

    /** After a rename, the header shows the new name without signing in again. */
    void refreshPrincipal(Account account, HttpServletRequest request, HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal) {
            var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.role(), account.enabled(), "");
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
    }

    /** The email typed into a failed sign-in, once. */
    String takeTypedEmail(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        Object email = session.getAttribute(TYPED_EMAIL);
        session.removeAttribute(TYPED_EMAIL);
        return email instanceof String text ? AccountPages.echo(text) : "";
    }
}
