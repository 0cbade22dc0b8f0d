package dev.ascent.accounts.web;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.internal.AccountMail;
import dev.ascent.accounts.internal.AccountOutcome;
import dev.ascent.accounts.internal.Passwords;
import dev.ascent.accounts.internal.PersonalTokens;
import dev.ascent.accounts.internal.Portability;
import dev.ascent.accounts.internal.Profiles;
import dev.ascent.accounts.internal.ApiTokens;
import dev.ascent.accounts.internal.AuditLog;
import dev.ascent.accounts.internal.SignUps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Sign-up, sign-in, the account page and everything on it, and the email links. */
@Controller
class AccountPages {

    private final Profiles profiles;
    private final Passwords passwords;
    private final PersonalTokens tokens;
    private final Portability portability;
    private final SignUps signUps;
    private final AccountMail mail;
    private final SignInSupport signIn;
    private final JsonMapper json;

    AccountPages(Profiles profiles, Passwords passwords, PersonalTokens tokens, Portability portability, SignUps signUps,
                 AccountMail mail, SignInSupport signIn, JsonMapper json) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.tokens = tokens;
        this.portability = portability;
        this.signUps = signUps;
        this.mail = mail;
        this.signIn = signIn;
        this.json = json;
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
        model.addAttribute("form", new SignUpForm("", "", ""));
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
    String signUp(SignUpForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        var result = signUps.signUp(text(form.displayName()), text(form.email()), text(form.password()), client(request));
        if (mail.enabled() && !(result instanceof SignUps.Result.Invalid)) {
            return "redirect:/sign-up?check-email";
        }
        return switch (result) {
            case SignUps.Result.Created created -> {
                signIn.signIn(created.account(), request, response);
                yield "redirect:/?welcome"; // a new account starts at the catalog, with its first step named
            }
            case SignUps.Result.AddressTaken taken -> signUpErrors(form, Map.of("email", SignUps.ADDRESS_TAKEN), response, model);
            case SignUps.Result.Invalid invalid -> signUpErrors(form, invalid.errors(), response, model);
        };
    }

    private static String signUpErrors(SignUpForm form, Map<String, String> errors, HttpServletResponse response, Model model) {
        model.addAttribute("form", new SignUpForm(echo(form.displayName()), echo(form.email()), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("checkEmail", false);
        response.setStatus(422);
        return "accounts/signUp";
    }

    @GetMapping("/account")
    String account(CurrentAccount current, Model model) {
        Account account = profiles.find(current.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.tokens(current.id()));
        model.addAttribute("activity", profiles.activity(current.id()).stream().limit(20).toList());
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("scopes", ApiTokens.Scope.values());
        model.addAttribute("errors", Map.of());
        model.addAttribute("values", Map.of());
        return "accounts/account";
    }

    @PostMapping("/account/name")
    String rename(CurrentAccount current, @RequestParam(required = false) @Nullable String displayName, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        AccountOutcome<Account> outcome = profiles.rename(current.id(), text(displayName));
        if (!outcome.ok()) {
            return redisplay(current, model, response, outcome.errors(), Map.of("displayName", echo(displayName)));
        }
        signIn.refreshPrincipal(outcome.value(), request, response);
        return "redirect:/account?renamed";
    }

    @PostMapping("/account/password")
    String changePassword(CurrentAccount current, @RequestParam(required = false) @Nullable String currentPassword,
                          @RequestParam(required = false) @Nullable String newPassword, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        AccountOutcome<Account> outcome = passwords.changePassword(current.id(), text(currentPassword), text(newPassword),
                session == null ? null : session.getId(), client(request));
        if (!outcome.ok()) {
            return redisplay(current, model, response, outcome.errors(), Map.of());
        }
        return "redirect:/account?password-changed";
    }

    @PostMapping("/account/tokens")
    String createToken(CurrentAccount current, @RequestParam(required = false) @Nullable String name,
                       @RequestParam(required = false) @Nullable String scope, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        AccountOutcome<ApiTokens.Created> outcome = tokens.createToken(current.id(), text(name), scope, client(request));
        if (!outcome.ok()) {
            return redisplay(current, model, response, outcome.errors(), Map.of("tokenName", echo(name)));
        }
        // The secret is shown in this response only: never stored, never redirected through the session.
        model.addAttribute("created", outcome.value());
        model.addAttribute("apiBase", org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "accounts/tokenCreated";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(CurrentAccount current, @PathVariable UUID tokenId, HttpServletRequest request) {
        if (tokens.token(current.id(), tokenId).isEmpty()) {
            // another account's token is not found, here as in the API
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no token with this id.");
        }
        tokens.revokeToken(current.id(), tokenId, client(request));
        return "redirect:/account?revoked#tokens";
    }

    @PostMapping("/account/verification")
    String resendVerification(CurrentAccount current) {
        profiles.resendVerification(current.id());
        return "redirect:/account?verification-sent";
    }

    @GetMapping("/account/export")
    ResponseEntity<byte[]> export(CurrentAccount current, HttpServletRequest request) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(portability.export(current.id(), client(request)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ascent-export-" + LocalDate.now() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/account/import")
    String importData(CurrentAccount current, @RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
                      HttpServletRequest request, HttpServletResponse response, Model model) throws java.io.IOException {
        String problem;
        if (file == null || file.isEmpty()) {
            problem = "Choose the JSON file you downloaded with “Download my data”.";
        } else {
            try {
                AccountOutcome<Integer> outcome = portability.importData(current.id(), json.readTree(file.getInputStream()), client(request));
                if (outcome.ok()) {
                    return "redirect:/account?imported=" + outcome.value();
                }
                problem = outcome.errors().get("file");
            } catch (tools.jackson.core.exc.StreamConstraintsException e) {
                problem = "This file is larger than any Ascent export: " + e.getOriginalMessage() + ". Nothing was imported.";
            } catch (tools.jackson.core.JacksonException e) {
                problem = "This file is not JSON. Choose the file you downloaded with “Download my data”.";
            } catch (Portability.ImportRefused e) {
                problem = e.getMessage() + ". Nothing was imported." + importProblems(e.problems());
            }
        }
        return redisplay(current, model, response, Map.of("import", problem), Map.of());
    }

    /** The first problems of a refused import, each with its place in the file: " learning.journal[0].body: …; …". */
    private static String importProblems(Map<String, String> problems) {
        int shown = 10;
        String listed = problems.entrySet().stream().limit(shown).map(e -> e.getKey() + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining("; ", " ", problems.size() > shown ? "; …" : ""));
        return problems.isEmpty() ? "" : listed;
    }

    @PostMapping("/account/delete")
    String delete(CurrentAccount current, @RequestParam(required = false) @Nullable String password, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        AccountOutcome<UUID> outcome = portability.delete(current.id(), text(password), client(request));
        if (!outcome.ok()) {
            return redisplay(current, model, response, Map.of("deletePassword", outcome.errors().get("password")), Map.of());
        }
        // The account is gone: end the session without the sign-out handlers, which would audit a deleted account.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/?account-deleted";
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
    String resetPassword(@RequestParam(required = false) @Nullable String token, @RequestParam(required = false) @Nullable String newPassword,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        AccountOutcome<Account> outcome = passwords.resetPassword(text(token), text(newPassword), client(request));
        if (!outcome.ok()) {
            model.addAttribute("token", text(token));
            model.addAttribute("valid", !outcome.errors().containsKey("token"));
            model.addAttribute("errors", outcome.errors());
            response.setStatus(422);
            return "accounts/resetPassword";
        }
        return "redirect:/sign-in?reset";
    }

    private String redisplay(CurrentAccount current, Model model, HttpServletResponse response, Map<String, String> errors,
                             Map<String, String> values) {
        account(current, model);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        response.setStatus(422);
        return "accounts/account";
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** What a person typed, shown back in a form after an error, without invisible control characters. */
    static String echo(@Nullable String value) {
        String text = text(value);
        return dev.ascent.accounts.internal.TextInput.withoutControlCharacters(text.length() > 1000 ? text.substring(0, 1000) : text);
    }

    static String client(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    private static String seconds(@Nullable String wait) {
        try {
            return String.valueOf(Math.max(1, Math.min(3600, Long.parseLong(wait == null ? "" : wait))));
        } catch (NumberFormatException e) {
            return "a few";
        }
    }
}
