package dev.ascent.accounts.web;

import dev.ascent.platform.InvalidInputException;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.Role;
import dev.ascent.accounts.internal.AccountOutcome;
import dev.ascent.accounts.internal.Administration;
import dev.ascent.accounts.internal.AuditLog;
import dev.ascent.accounts.internal.AuditLog.Event;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** User administration and the audit log, as pages and as an API for automation. Admins only. */
final class AdminAccounts {

    static final int PAGE_SIZE = 50;

    private AdminAccounts() {
    }

    @Controller
    static class Pages {

        private final Administration accounts;
        private final AuditLog audit;

        Pages(Administration accounts, AuditLog audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        @GetMapping("/admin/users")
        String users(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") String page, Model model) {
            int number = page(page);
            String query = q == null ? "" : q.strip();
            if (query.length() > 100) {
                query = query.substring(0, 100);
            }
            List<Account> found = accounts.search(query, number, PAGE_SIZE + 1);
            model.addAttribute("query", query);
            model.addAttribute("users", found.stream().limit(PAGE_SIZE).toList());
            model.addAttribute("page", number);
            model.addAttribute("hasNext", found.size() > PAGE_SIZE);
            return "admin/users";
        }

        @PostMapping("/admin/users/{id}/enabled")
        String setEnabled(CurrentAccount admin, @PathVariable UUID id, @RequestParam(required = false) @Nullable String enabled,
                          HttpServletRequest request, RedirectAttributes redirect) {
            AccountOutcome<Account> outcome = accounts.setEnabled(admin.id(), id, "true".equals(enabled), request.getRemoteAddr());
            redirect.addFlashAttribute("message", outcome.ok()
                    ? "%s is now %s.".formatted(outcome.value().email(), outcome.value().enabled() ? "enabled" : "disabled")
                    : outcome.errors().values().iterator().next());
            return "redirect:/admin/users";
        }

        @PostMapping("/admin/users/{id}/role")
        String setRole(CurrentAccount admin, @PathVariable UUID id, @RequestParam(required = false) @Nullable String role,
                       HttpServletRequest request, RedirectAttributes redirect) {
            Role parsed = "ADMIN".equals(role) ? Role.ADMIN : Role.LEARNER;
            AccountOutcome<Account> outcome = accounts.setRole(admin.id(), id, parsed, request.getRemoteAddr());
            redirect.addFlashAttribute("message", outcome.ok()
                    ? "%s is now %s.".formatted(outcome.value().email(), outcome.value().admin() ? "an administrator" : "a learner")
                    : outcome.errors().values().iterator().next());
            return "redirect:/admin/users";
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

        private final Administration accounts;
        private final AuditLog audit;

        Api(Administration accounts, AuditLog audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        record Enabled(@Nullable Boolean enabled) {
        }

        record RoleChange(@Nullable String role) {
        }

        @GetMapping("/users")
        @Operation(summary = "Search accounts by the start of their email or name, newest first, 50 a page")
        List<Account> users(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") String page) {
            return accounts.search(q == null ? "" : q.strip(), page(page), PAGE_SIZE);
        }

        @PutMapping(path = "/users/{id}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
        @Operation(summary = "Enable or disable an account; disabling signs it out everywhere and stops its tokens")
        @ResponseBody
        Account setEnabled(CurrentAccount admin, @PathVariable UUID id, @RequestBody Enabled body, HttpServletRequest request) {
            if (body.enabled() == null) {
                throw new InvalidInputException(java.util.Map.of("enabled", "Send true or false."));
            }
            return result(accounts.setEnabled(admin.id(), id, body.enabled(), request.getRemoteAddr()));
        }

        @PutMapping(path = "/users/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
        @Operation(summary = "Make an account an administrator (ADMIN) or a learner (LEARNER)")
        Account setRole(CurrentAccount admin, @PathVariable UUID id, @RequestBody RoleChange body, HttpServletRequest request) {
            Role role;
            try {
                role = Role.valueOf(String.valueOf(body.role()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(java.util.Map.of("role", "Choose ADMIN or LEARNER."));
            }
            return result(accounts.setRole(admin.id(), id, role, request.getRemoteAddr()));
        }

        @GetMapping("/audit")
        @Operation(summary = "The security audit log of every account, newest first, 50 a page")
        List<Event> audit(@RequestParam(defaultValue = "0") String page) {
            return audit.all(PAGE_SIZE, page(page) * PAGE_SIZE);
        }

        private static Account result(AccountOutcome<Account> outcome) {
            if (outcome.ok()) {
                return outcome.value();
            }
            String message = outcome.errors().values().iterator().next();
            if (message.startsWith("There is no such account")) {
                throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND, message);
            }
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONFLICT, message);
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
