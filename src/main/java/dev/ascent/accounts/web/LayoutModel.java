package dev.ascent.accounts.web;

import dev.ascent.accounts.UnreadNotifications;
import dev.ascent.accounts.Viewer;
import dev.ascent.accounts.internal.CurrentAccountSupport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.function.IntSupplier;

/** Every page is told who is looking ({@link Viewer}): its header shows who is signed in (or the sign-in links), its forms carry the CSRF token. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    /** Looked up once: a look-up by type on every page view cost about 3% of a dashboard's CPU. */
    private final SingletonSupplier<UnreadNotifications> unread;

    LayoutModel(ObjectProvider<UnreadNotifications> unread) {
        this.unread = SingletonSupplier.of(unread::getIfAvailable);
    }

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        var csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
        var account = CurrentAccountSupport.current().orElse(null);
        IntSupplier count = () -> {
            UnreadNotifications source = unread.get();
            return account == null || source == null ? 0 : source.unread(account.id());
        };
        return new Viewer(account, csrf, request.getRequestURI(), request.getParameterMap(), count);
    }
}
