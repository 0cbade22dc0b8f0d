package dev.ascent.accounts.web;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.RoleChange;
import dev.ascent.accounts.AccessChange;
import dev.ascent.accounts.internal.Administration;
import dev.ascent.accounts.internal.AuditLog;
import dev.ascent.accounts.internal.AuditLog.Event;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** User administration and the audit log, as pages and as an API for automation. Admins only. */
final class AdminAccounts {

    static final int PAGE_SIZE = 50;

    private AdminAccounts() {
    }

    @Controller
    static class Pages {

        private final Administration administration;
        private final AuditLog audit;
        private final FormErrors formErrors;

        Pages(Administration administration, AuditLog audit, FormErrors formErrors) {
            this.formErrors = formErrors;
            this.administration = administration;
            this.audit = audit;
        }

        @GetMapping("/admin/users")
        String users(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") String page, Model model) {
            int number = page(page);
            String query = q == null ? "" : q.strip();
            if (query.length() > 100) {
                query = query.substring(0, 100);
            }
            List<Account> found = administration.search(query, number, PAGE_SIZE + 1);
            model.addAttribute("query", query);
            model.addAttribute("users", found.stream().limit(PAGE_SIZE).toList());
            model.addAttribute("page", number);
            model.addAttribute("hasNext", found.size() > PAGE_SIZE);
            return "admin/users";
        }

        @PostMapping("/admin/users/{id}/enabled")
        String setEnabled(CurrentAccount admin, @PathVariable UUID id, AccessChange change, BindingResult binding,
                          HttpServletRequest request, RedirectAttributes redirect) {
            Outcome<Account> outcome = formErrors.<Account>unreadable(binding).orElseGet(() ->
                    administration.setEnabled(admin.id(), id, change, request.getRemoteAddr()));
            redirect.addFlashAttribute("message", said(outcome,
                    account -> "%s is now %s.".formatted(account.email(), account.enabled() ? "enabled" : "disabled")));
            return "redirect:/admin/users";
        }

        @PostMapping("/admin/users/{id}/role")
        String setRole(CurrentAccount admin, @PathVariable UUID id, RoleChange change, BindingResult binding,
                       HttpServletRequest request, RedirectAttributes redirect) {
            Outcome<Account> outcome = formErrors.<Account>unreadable(binding).orElseGet(() ->
                    administration.setRole(admin.id(), id, change, request.getRemoteAddr()));
            redirect.addFlashAttribute("message", said(outcome,
                    account -> "%s is now %s.".formatted(account.email(), account.admin() ? "an administrator" : "a learner")));
            return "redirect:/admin/users";
        }

        /** The list of accounts says what happened, above it: the change made, or why none was. */
        private static String said(Outcome<Account> outcome, Function<Account, String> done) {
            return switch (outcome) {
                case Outcome.Saved<Account> saved -> done.apply(saved.value());
                case Outcome.NotFound<Account> notFound -> notFound.message();
                case Outcome.Conflict<Account> conflict -> conflict.message();
                case Outcome.Invalid<Account> invalid -> invalid.errors().values().iterator().next();
            };
        }

        @GetMapping("/admin/audit")
        String audit(@RequestParam(defaultValue = "0") String page, Model model) {
            int number = page(page);
            List<Event> events = audit.all(PAGE_SIZE + 1, number * PAGE_SIZE);
            model.addAttribute("events", events.stream().limit(PAGE_SIZE).toList());
            model.addAttribute("page", number);
            model.addAttribute("hasNext", events.size() > PAGE_SIZE);
            return "admin/audit";
        }
    }

    @RestController
    @RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Administration", description = "Needs an administrator's personal access token; changes need a read-write one")
    static class Api {

        private final Administration administration;
        private final AuditLog audit;

        Api(Administration administration, AuditLog audit) {
            this.administration = administration;
            this.audit = audit;
        }

        @GetMapping("/users")
        @Operation(summary = "Search accounts by the start of their email or name, newest first, 50 a page")
        List<Account> users(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") String page) {
            return administration.search(q == null ? "" : q.strip(), page(page), PAGE_SIZE);
        }

        @PutMapping(path = "/users/{id}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
        @Operation(summary = "Enable or disable an account; disabling signs it out everywhere and stops its tokens; 409 for your own account or the last administrator")
        ResponseEntity<?> setEnabled(CurrentAccount admin, @PathVariable UUID id, @RequestBody AccessChange body, HttpServletRequest request) {
            return ApiOutcomes.respond(administration.setEnabled(admin.id(), id, body, request.getRemoteAddr()));
        }

        @PutMapping(path = "/users/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
        @Operation(summary = "Make an account an administrator (ADMIN) or a learner (LEARNER); 409 for your own administrator role")
        ResponseEntity<?> setRole(CurrentAccount admin, @PathVariable UUID id, @RequestBody RoleChange body, HttpServletRequest request) {
            return ApiOutcomes.respond(administration.setRole(admin.id(), id, body, request.getRemoteAddr()));
        }

        @GetMapping("/audit")
        @Operation(summary = "The security audit log of every account, newest first, 50 a page")
        List<Event> audit(@RequestParam(defaultValue = "0") String page) {
            return audit.all(PAGE_SIZE, page(page) * PAGE_SIZE);
        }
    }

    /** A page number from a query string; nonsense reads as the first page. */
    static int page(String page) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
