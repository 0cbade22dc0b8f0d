package dev.ascent.accounts.web;

import dev.ascent.accounts.TokenScope;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.AccountDeletion;
import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.NewToken;
import dev.ascent.accounts.PasswordChange;
import dev.ascent.accounts.Rename;
import dev.ascent.accounts.internal.AccountMail;
import dev.ascent.accounts.internal.ApiTokens;
import dev.ascent.accounts.internal.Passwords;
import dev.ascent.accounts.internal.PersonalTokens;
import dev.ascent.accounts.internal.Portability;
import dev.ascent.accounts.internal.Profiles;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The account page and every form on it: name, password, tokens, email confirmation, data export, import and erasure. */
@Controller
class AccountPages {

    private final Profiles profiles;
    private final Passwords passwords;
    private final PersonalTokens tokens;
    private final Portability portability;
    private final AccountMail mail;
    private final SignInSupport signIn;
    private final FormErrors formErrors;
    private final JsonMapper json;

    AccountPages(Profiles profiles, Passwords passwords, PersonalTokens tokens, Portability portability, AccountMail mail,
                 SignInSupport signIn, FormErrors formErrors, JsonMapper json) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.tokens = tokens;
        this.portability = portability;
        this.mail = mail;
        this.signIn = signIn;
        this.formErrors = formErrors;
        this.json = json;
    }

    @GetMapping("/account")
    String account(CurrentAccount current, Model model) {
        Account account = profiles.find(current.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("tokens", tokens.tokens(current.id()));
        model.addAttribute("activity", profiles.activity(current.id()).stream().limit(20).toList());
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("scopes", TokenScope.values());
        // a form redrawn after a mistake keeps what was typed (set before this is called); the others start afresh
        if (!model.containsAttribute("nameForm")) {
            model.addAttribute("nameForm", new Rename(account.displayName()));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new NewToken("", TokenScope.READ));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "accounts/account";
    }

    @PostMapping("/account/name")
    String rename(CurrentAccount current, Rename form, BindingResult binding, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Outcome<Account> outcome = formErrors.<Account>unreadable(binding).orElseGet(() -> profiles.rename(current.id(), form));
        if (outcome instanceof Outcome.Saved<Account> saved) {
            signIn.refreshPrincipal(saved.value(), request, response);
            return "redirect:/account?renamed";
        }
        model.addAttribute("nameForm", new Rename(echo(form.displayName())));
        return redisplay(current, model, response, outcome);
    }

    @PostMapping("/account/password")
    String changePassword(CurrentAccount current, PasswordChange form, BindingResult binding, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        Outcome<Account> outcome = formErrors.<Account>unreadable(binding).orElseGet(() ->
                passwords.changePassword(current.id(), form, session == null ? null : session.getId(), client(request)));
        if (outcome.isSaved()) {
            return "redirect:/account?password-changed";
        }
        return redisplay(current, model, response, outcome);
    }

    @PostMapping("/account/tokens")
    String createToken(CurrentAccount current, NewToken form, BindingResult binding, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        Outcome<ApiTokens.Created> outcome = formErrors.<ApiTokens.Created>unreadable(binding).orElseGet(() ->
                tokens.createToken(current.id(), form, client(request)));
        if (outcome instanceof Outcome.Saved<ApiTokens.Created> saved) {
            // The secret is shown in this response only: never stored, never redirected through the session.
            model.addAttribute("created", saved.value());
            model.addAttribute("apiBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return "accounts/tokenCreated";
        }
        model.addAttribute("tokenForm", new NewToken(echo(form.name()), form.scope()));
        return redisplay(current, model, response, outcome);
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

    /** An export file uploaded: what cannot be read, or is refused, is shown on its field ("file") with every problem's place. */
    @PostMapping("/account/import")
    String importData(CurrentAccount current, @RequestParam(required = false) @Nullable MultipartFile file,
                      HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Outcome<Integer> outcome;
        if (file == null || file.isEmpty()) {
            outcome = Outcome.invalid("file", "Choose the JSON file you downloaded with “Download my data”.");
        } else {
            try {
                outcome = portability.importData(current.id(), json.readTree(file.getInputStream()), client(request));
            } catch (StreamConstraintsException e) {
                outcome = Outcome.invalid("file", "This file is larger than any Ascent export: " + e.getOriginalMessage() + ". Nothing was imported.");
            } catch (JacksonException e) {
                outcome = Outcome.invalid("file", "This file is not JSON. Choose the file you downloaded with “Download my data”.");
            } catch (Portability.ImportRefused e) {
                outcome = Outcome.invalid("file", e.getMessage() + ". Nothing was imported." + importProblems(e.problems()));
            }
        }
        if (outcome instanceof Outcome.Saved<Integer> saved) {
            return "redirect:/account?imported=" + saved.value();
        }
        return redisplay(current, model, response, outcome);
    }

    /** The first problems of a refused import, each with its place in the file: " learning.journal[0].body: …; …". */
    private static String importProblems(Map<String, String> problems) {
        int shown = 10;
        String listed = problems.entrySet().stream().limit(shown).map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ", " ", problems.size() > shown ? "; …" : ""));
        return problems.isEmpty() ? "" : listed;
    }

    @PostMapping("/account/delete")
    String delete(CurrentAccount current, AccountDeletion form, BindingResult binding, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Outcome<UUID> outcome = formErrors.<UUID>unreadable(binding).orElseGet(() -> portability.delete(current.id(), form, client(request)));
        if (!outcome.isSaved()) {
            return redisplay(current, model, response, outcome);
        }
        // The account is gone: end the session without the sign-out handlers, which would audit a deleted account.
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/?account-deleted";
    }

    /** The account page again, with the outcome's errors beside their fields (422, or 409 for a conflict). */
    private String redisplay(CurrentAccount current, Model model, HttpServletResponse response, Outcome<?> outcome) {
        model.addAttribute("errors", FormErrors.rejected(outcome, response));
        return account(current, model);
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
}
