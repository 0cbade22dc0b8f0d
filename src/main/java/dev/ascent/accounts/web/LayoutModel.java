package dev.ascent.accounts.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.internal.CurrentAccountSupport;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in (or the sign-in links). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("currentAccount")
    @org.jspecify.annotations.Nullable CurrentAccount currentAccount() {
        return CurrentAccountSupport.current().orElse(null);
    }
}
