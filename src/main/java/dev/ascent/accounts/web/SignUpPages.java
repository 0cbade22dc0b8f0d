package dev.ascent.accounts.web;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.PasswordReset;
import dev.ascent.accounts.SignUp;
import dev.ascent.accounts.internal.AccountMail;
import dev.ascent.accounts.internal.Passwords;
import dev.ascent.accounts.internal.Profiles;
import dev.ascent.accounts.internal.SignUps;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

import static dev.ascent.accounts.web.AccountPages.client;
import static dev.ascent.accounts.web.AccountPages.echo;
import static dev.ascent.accounts.web.AccountPages.text;

/** The pages before one is signed in: sign-in, sign-up, the email confirmation link, and a forgotten password. */
@Controller
class SignUpPages {

    private final SignUps signUps;
    private final Passwords passwords;
    private final Profiles profiles;
    private final AccountMail mail;
    private final SignInSupport signIn;
    private final FormErrors formErrors;

    SignUpPages(SignUps signUps, Passwords passwords, Profiles profiles, AccountMail mail, SignInSupport signIn, FormErrors formErrors) {
        this.signUps = signUps;
        this.passwords = passwords;
        this.profiles = profiles;
        this.mail = mail;
        this.signIn = signIn;
        this.formErrors = formErrors;
    }

    @GetMapping("/sign-in")
    String signInPage(@RequestParam(required = false) @Nullable String error, @RequestParam(required = false) @Nullable String wait,
                      HttpServletRequest request, Model model) {
        if (signIn.signedIn()) {
            return "redirect:/account";
        }
        model.addAttribute("email", signIn.takeTypedEmail(request));
        model.addAttribute("message", switch (error == null ? "" : error) {
            case "throttled" -> "Too many failed sign-ins. Try again in %s seconds.".formatted(seconds(wait));
            case "disabled" -> "This account is disabled. Ask your administrator to enable it.";
            case "credentials" -> "That email and password do not match an account. Check both and try again.";
            default -> null;
        });
        model.addAttribute("mailEnabled", mail.enabled());
        return "accounts/signIn";
    }

    @GetMapping("/sign-up")
    String signUpPage(@RequestParam(name = "check-email", required = false) @Nullable String checkEmail, Model model) {
        if (signIn.signedIn()) {
            return "redirect:/account";
        }
        model.addAttribute("form", new SignUp("", "", ""));
        model.addAttribute("errors", Map.of());
        model.addAttribute("checkEmail", checkEmail != null);
        return "accounts/signUp";
    }

    /**
     * With email configured, a new address and one that already has an account get the same answer
     * (a redirect to "check your email"), and the email says the rest: a confirmation link, or "someone
     * tried to sign up with your address". Without email there is no other way to tell the person, so
     * the page says the address is taken (and a new account is signed in at once).
     */
    @PostMapping("/sign-up")
    String signUp(SignUp form, BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        Outcome<SignUps.SignedUp> outcome = formErrors.<SignUps.SignedUp>unreadable(binding).orElseGet(() -> signUps.signUp(form, client(request)));
        if (outcome instanceof Outcome.Saved<SignUps.SignedUp> saved) {
            Account account = saved.value().account();
            if (mail.enabled() || account == null) {
                return "redirect:/sign-up?check-email";
            }
            signIn.signIn(account, request, response);
            return "redirect:/?welcome"; // a new account starts at the catalog, with its first step named
        }
        model.addAttribute("form", new SignUp(echo(form.displayName()), echo(form.email()), ""));
        model.addAttribute("errors", FormErrors.rejected(outcome, response));
        model.addAttribute("checkEmail", false);
        return "accounts/signUp";
    }

    @GetMapping("/account/verify")
    String verify(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
        boolean verified = token != null && profiles.verifyEmail(token, client(request));
        model.addAttribute("verified", verified);
        return "accounts/verified";
    }

    @GetMapping("/forgot-password")
    String forgotPasswordPage(Model model) {
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("sent", false);
        return "accounts/forgotPassword";
    }

    /** The same answer whether or not the address has an account (the email, if any, says the rest). */
    @PostMapping("/forgot-password")
    String forgotPassword(@RequestParam(required = false) @Nullable String email, HttpServletRequest request, Model model) {
        passwords.requestPasswordReset(text(email), client(request));
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("sent", true);
        return "accounts/forgotPassword";
    }

    @GetMapping("/reset-password")
    String resetPasswordPage(@RequestParam(required = false) @Nullable String token, Model model) {
        model.addAttribute("token", text(token));
        model.addAttribute("valid", token != null && passwords.resetLinkValid(token));
        model.addAttribute("errors", Map.of());
        return "accounts/resetPassword";
    }

    @PostMapping("/reset-password")
    String resetPassword(PasswordReset form, BindingResult binding, HttpServletRequest request, HttpServletResponse response, Model model) {
        Outcome<Account> outcome = formErrors.<Account>unreadable(binding).orElseGet(() -> passwords.resetPassword(form, client(request)));
        if (outcome.isSaved()) {
            return "redirect:/sign-in?reset";
        }
        model.addAttribute("token", form.token());
        // a weak password leaves the link usable (it is checked before the link is used up); a spent link shows "ask for a new one"
        model.addAttribute("valid", passwords.resetLinkValid(form.token()));
        model.addAttribute("errors", FormErrors.rejected(outcome, response));
        return "accounts/resetPassword";
    }

    private static String seconds(@Nullable String wait) {
        try {
            return String.valueOf(Math.max(1, Math.min(3600, Long.parseLong(wait == null ? "" : wait))));
        } catch (NumberFormatException e) {
            return "a few";
        }
    }
}
