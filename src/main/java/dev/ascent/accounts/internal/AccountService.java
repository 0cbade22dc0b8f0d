package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.ImportProblems;
import dev.ascent.accounts.PersonalData;
import dev.ascent.accounts.Role;
import dev.ascent.accounts.internal.AuditLog.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything that changes an account. Answers with field errors (field name → message) instead
 * of exceptions, so pages and the API can show them next to the right field.
 */
@Service
public class AccountService {

    public static final int MAX_NAME = 80;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_TOKEN_NAME = 60;
    static final int MAX_IMPORT_PROBLEMS = 100;

    /** The outcome of a change: the errors by field, or none. */
    public record Outcome<T>(@Nullable T value, Map<String, String> errors) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, Map.of());
        }

        static <T> Outcome<T> failed(Map<String, String> errors) {
            return new Outcome<>(null, Map.copyOf(errors));
        }

        static <T> Outcome<T> failed(String field, String message) {
            return new Outcome<>(null, Map.of(field, message));
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final AccountStore accounts;
    private final ApiTokens tokens;
    private final OneTimeTokens links;
    private final AuditLog audit;
    private final AccountMail mail;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwords;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final List<PersonalData> personalData;
    private final ApplicationEventPublisher events;
    private final String adminEmail;
    private final SignUps signUps;

    AccountService(AccountStore accounts, ApiTokens tokens, OneTimeTokens links, AuditLog audit, AccountMail mail,
                   SignInThrottle throttle, PasswordEncoder passwords, FindByIndexNameSessionRepository<?> sessions,
                   List<PersonalData> personalData, ApplicationEventPublisher events, SignUps signUps,
                   @Value("${ascent.admin.email:}") String adminEmail) {
        this.signUps = signUps;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.audit = audit;
        this.mail = mail;
        this.throttle = throttle;
        this.passwords = passwords;
        this.sessions = sessions;
        this.personalData = personalData;
        this.events = events;
        this.adminEmail = AccountStore.normalise(adminEmail);
    }

    public Optional<Account> find(UUID id) {
        return accounts.byId(id).map(AccountStore.Credentials::account);
    }

    /** Signs up, saying on the page whether the address is taken; the sign-up page uses {@link SignUps} directly. */
    public Outcome<Account> signUp(String displayName, String email, String password, String client) {
        return switch (signUps.signUp(displayName, email, password, client)) {
            case SignUps.Result.Created created -> Outcome.ok(created.account());
            case SignUps.Result.AddressTaken taken -> Outcome.failed("email", SignUps.ADDRESS_TAKEN);
            case SignUps.Result.Invalid invalid -> Outcome.failed(invalid.errors());
        };
    }

    @Transactional
    public Outcome<Account> rename(UUID id, String displayName) {
        String name = TextInput.singleLine(displayName);
        Optional<String> problem = TextInput.checkName(name);
        if (problem.isPresent()) {
            return Outcome.failed("displayName", problem.get());
        }
        accounts.updateDisplayName(id, name);
        return Outcome.ok(find(id).orElseThrow());
    }

    /** Changes the password after checking the current one, and signs out every other session. */
    @Transactional
    public Outcome<Account> changePassword(UUID id, String current, String replacement, @Nullable String keepSessionId, String client) {
        var credentials = accounts.byId(id).orElseThrow();
        if (!passwords.matches(current, credentials.passwordHash())) {
            return Outcome.failed("currentPassword", "That is not your current password.");
        }
        var account = credentials.account();
        Optional<String> weak = PasswordPolicy.check(replacement, account.email(), account.displayName());
        if (weak.isPresent()) {
            return Outcome.failed("newPassword", weak.get());
        }
        accounts.updatePassword(id, passwords.encode(replacement));
        endSessions(account.email(), keepSessionId);
        audit.record(id, Type.PASSWORD_CHANGED, "other sessions were signed out", client);
        return Outcome.ok(account);
    }

    /** Sends a reset link when the account exists and email is configured; the caller always says the same thing. */
    @Transactional
    public void requestPasswordReset(String email, String client) {
        if (!mail.enabled() || TextInput.checkEmail(TextInput.singleLine(email)).isPresent()) {
            return;
        }
        if (!throttle.allowResetRequest(email)) {
            return;
        }
        accounts.byEmail(email).map(AccountStore.Credentials::account).filter(Account::enabled).ifPresent(account -> {
            events.publishEvent(new PasswordResetRequested(account.id()));
            audit.record(account.id(), Type.PASSWORD_RESET_REQUESTED, "", client);
        });
    }

    public boolean resetLinkValid(String token) {
        return links.owner(token, OneTimeTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    @Transactional
    public Outcome<Account> resetPassword(String token, String replacement, String client) {
        Optional<UUID> linkOwner = links.owner(token, OneTimeTokens.Purpose.RESET_PASSWORD);
        if (linkOwner.isEmpty()) {
            return Outcome.failed("token", "This reset link has expired or was already used. Ask for a new one.");
        }
        // check the password before using up the link, so a weak choice does not cost the person their link
        UUID owner = linkOwner.get();
        var account = accounts.byId(owner).orElseThrow().account();
        Optional<String> weak = PasswordPolicy.check(replacement, account.email(), account.displayName());
        if (weak.isPresent()) {
            return Outcome.failed("newPassword", weak.get());
        }
        UUID id = links.redeem(token, OneTimeTokens.Purpose.RESET_PASSWORD).orElse(null);
        if (id == null) {
            return Outcome.failed("token", "This reset link has expired or was already used. Ask for a new one.");
        }
        accounts.updatePassword(id, passwords.encode(replacement));
        accounts.markEmailVerified(id); // the link arrived by email, so the address works
        endSessions(account.email(), null);
        audit.record(id, Type.PASSWORD_RESET, "every session was signed out", client);
        return Outcome.ok(account);
    }

    @Transactional
    public boolean verifyEmail(String token, String client) {
        return links.redeem(token, OneTimeTokens.Purpose.VERIFY_EMAIL).map(id -> {
            accounts.markEmailVerified(id);
            audit.record(id, Type.EMAIL_VERIFIED, "", client);
            return true;
        }).orElse(false);
    }

    @Transactional
    public void resendVerification(UUID id) {
        find(id).filter(account -> account.emailVerifiedAt() == null && mail.enabled()).ifPresent(account ->
                events.publishEvent(new EmailVerificationRequested(id)));
    }

    @Transactional
    public Outcome<ApiTokens.Created> createToken(UUID id, String name, @Nullable String scope, String client) {
        String label = TextInput.singleLine(name);
        if (label.isEmpty()) {
            return Outcome.failed("name", "Give the token a name, e.g. the script or machine that will use it.");
        }
        if (label.length() > MAX_TOKEN_NAME) {
            return Outcome.failed("name", "Use at most %d characters.".formatted(MAX_TOKEN_NAME));
        }
        if (TextInput.hasControlCharacters(label)) {
            return Outcome.failed("name", "Use letters, digits, spaces and punctuation only.");
        }
        ApiTokens.Scope parsed;
        try {
            parsed = ApiTokens.Scope.valueOf(scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return Outcome.failed("scope", "Choose READ or READ_WRITE.");
        }
        if (tokens.countActive(id) >= ApiTokens.MAX_PER_ACCOUNT) {
            return Outcome.failed("name", "You have %d active tokens, the most allowed. Revoke one you no longer use.".formatted(ApiTokens.MAX_PER_ACCOUNT));
        }
        ApiTokens.Created created = tokens.create(id, label, parsed);
        audit.record(id, Type.TOKEN_CREATED, "%s (%s, %s…)".formatted(label, parsed.name(), created.token().prefix()), client);
        return Outcome.ok(created);
    }

    @Transactional
    public boolean revokeToken(UUID id, UUID tokenId, String client) {
        Optional<ApiTokens.Token> token = tokens.find(id, tokenId);
        if (token.isEmpty() || !tokens.revoke(id, tokenId)) {
            return false;
        }
        audit.record(id, Type.TOKEN_REVOKED, "%s (%s…)".formatted(token.get().name(), token.get().prefix()), client);
        return true;
    }

    public List<ApiTokens.Token> tokens(UUID id) {
        return tokens.list(id);
    }

    public Optional<ApiTokens.Token> token(UUID id, UUID tokenId) {
        return tokens.find(id, tokenId);
    }

    public List<AuditLog.Event> activity(UUID id) {
        return audit.forAccount(id, 100);
    }

    /** Everything the account owns, as one document in a versioned format ({@link AccountExport}) that other modules extend. */
    @Transactional
    public Map<String, Object> export(UUID id, String client) {
        Map<String, Object> sections = new LinkedHashMap<>();
        personalData.forEach(module -> sections.put(module.section(), module.export(id)));
        Map<String, Object> document = AccountExport.document(Instant.now(), find(id).orElseThrow(), tokens.list(id),
                audit.forAccount(id, 10_000), sections);
        audit.record(id, Type.DATA_EXPORTED, "", client);
        return document;
    }

    /**
     * Restores the modules' sections of an export (format ascent/export@1) into this account, which must
     * not hold any of that data yet. The account itself, its tokens and its security events are not imported.
     */
    @Transactional
    public Outcome<Integer> importData(UUID id, tools.jackson.databind.JsonNode document, String client) {
        if (document == null || !document.isObject() || !AccountExport.FORMAT.equals(document.path("format").asString(""))) {
            return Outcome.failed("file", "This is not an Ascent export: it should be the JSON file from “Download my data” (format ascent/export@1).");
        }
        int restored = 0;
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> broken = new java.util.ArrayList<>();
        // every section is checked before any is written, so a refusal leaves nothing behind
        for (PersonalData module : personalData) {
            if (document.hasNonNull(module.section()) && module.holdsData(id)) {
                return Outcome.failed("file", "Your account already has %s data; import into a fresh account so nothing is mixed up.".formatted(module.section()));
            }
        }
        for (PersonalData module : personalData) {
            var section = document.get(module.section());
            if (section == null || section.isNull()) {
                continue;
            }
            try {
                module.restore(id, section);
            } catch (ImportProblems e) {
                // written before anything of that section: go on, so the answer lists every section's problems
                e.problems().forEach((path, message) -> problems.put(module.section() + "." + path, message));
                broken.add(module.section());
            } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
                throw new ImportRefused("The %s part of the file cannot be read: %s".formatted(module.section(), e.getMessage()), Map.of());
            }
            restored++;
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused("The %s part of the file cannot be read: %s, each listed by its place in the file"
                    .formatted(String.join(" and ", broken), problems.size() == 1 ? "1 problem" : problems.size() + " problems"), reported(problems));
        }
        audit.record(id, Type.DATA_IMPORTED, "from an export file", client);
        return Outcome.ok(restored);
    }

    /** At most {@value MAX_IMPORT_PROBLEMS} problems, the rest counted: a hostile file cannot make a huge answer. */
    private static Map<String, String> reported(Map<String, String> problems) {
        if (problems.size() <= MAX_IMPORT_PROBLEMS) {
            return problems;
        }
        Map<String, String> first = new LinkedHashMap<>();
        problems.entrySet().stream().limit(MAX_IMPORT_PROBLEMS - 1).forEach(e -> first.put(e.getKey(), e.getValue()));
        first.put("file", "and %,d more problems; fix these first".formatted(problems.size() - first.size()));
        return first;
    }

    /**
     * A file that cannot be imported: the transaction rolls back so nothing partial stays.
     * {@code problems} names each bad field by its path in the file, e.g. {@code learning.journal[0].body}.
     */
    public static class ImportRefused extends RuntimeException {
        private final Map<String, String> problems;

        public ImportRefused(String message, Map<String, String> problems) {
            super(message);
            this.problems = problems;
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /** Erases the account and everything every module keeps for it, after checking the password. */
    @Transactional
    public Outcome<UUID> delete(UUID id, String password, String client) {
        var credentials = accounts.byId(id).orElseThrow();
        if (!passwords.matches(password, credentials.passwordHash())) {
            return Outcome.failed("password", "That is not your password; nothing was deleted.");
        }
        if (credentials.account().admin() && accounts.countAdmins() <= 1) {
            return Outcome.failed("password", "You are the only administrator. Make someone else an administrator first.");
        }
        personalData.forEach(module -> module.erase(id));
        accounts.delete(id); // tokens, links and the account's audit events go with it (on delete cascade)
        endSessions(credentials.account().email(), null);
        audit.record(null, Type.ACCOUNT_DELETED, "an account and all its data were erased", client);
        return Outcome.ok(id);
    }

    public List<Account> search(@Nullable String query, int page, int size) {
        return accounts.search(query == null ? null : TextInput.withoutControlCharacters(query), size, Math.max(0, page) * size);
    }

    @Transactional
    public Outcome<Account> setEnabled(UUID adminId, UUID targetId, boolean enabled, String client) {
        if (adminId.equals(targetId) && !enabled) {
            return Outcome.failed("account", "You cannot disable your own account.");
        }
        var target = find(targetId);
        if (target.isEmpty()) {
            return Outcome.failed("account", "There is no such account.");
        }
        if (!enabled && target.get().admin() && accounts.countAdmins() <= 1) {
            return Outcome.failed("account", "This is the only administrator; it cannot be disabled.");
        }
        accounts.setEnabled(targetId, enabled);
        if (!enabled) {
            endSessions(target.get().email(), null);
        }
        audit.record(targetId, enabled ? Type.ACCOUNT_ENABLED : Type.ACCOUNT_DISABLED, "by an administrator", client);
        return Outcome.ok(find(targetId).orElseThrow());
    }

    @Transactional
    public Outcome<Account> setRole(UUID adminId, UUID targetId, Role role, String client) {
        var target = find(targetId);
        if (target.isEmpty()) {
            return Outcome.failed("account", "There is no such account.");
        }
        if (adminId.equals(targetId) && role != Role.ADMIN) {
            return Outcome.failed("account", "You cannot remove your own administrator role; ask another administrator.");
        }
        if (target.get().role() == role) {
            return Outcome.ok(target.get());
        }
        accounts.setRole(targetId, role);
        endSessions(target.get().email(), null); // the new role applies from the next sign-in
        audit.record(targetId, Type.ROLE_CHANGED, "now " + role.name().toLowerCase(Locale.ROOT) + ", by an administrator", client);
        return Outcome.ok(find(targetId).orElseThrow());
    }

    /** Makes the configured administrator an admin if the account already exists (it may sign up later). */
    @Transactional
    public void promoteConfiguredAdmin() {
        if (!adminEmail.isEmpty() && accounts.promoteByEmail(adminEmail)) {
            accounts.byEmail(adminEmail).ifPresent(c -> audit.record(c.account().id(), Type.ROLE_CHANGED,
                    "now admin, from ascent.admin.email", "configuration"));
        }
    }

    private void endSessions(String email, @Nullable String keepSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(sessionId -> !sessionId.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
