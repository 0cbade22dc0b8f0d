package dev.ascent.accounts.web;

import dev.ascent.accounts.Viewer;
import dev.ascent.accounts.internal.CurrentAccountSupport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page is told who is looking ({@link Viewer}): its header shows who is signed in (or the sign-in links), its forms carry the CSRF token. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        var csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
        return new Viewer(CurrentAccountSupport.current().orElse(null), csrf, request.getRequestURI(), request.getParameterMap());
    }
}
