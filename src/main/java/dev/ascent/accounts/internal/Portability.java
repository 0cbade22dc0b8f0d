package dev.ascent.accounts.internal;

import dev.ascent.accounts.AccountDeletion;
import dev.ascent.accounts.ImportProblems;
import dev.ascent.accounts.PersonalData;
import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account's data as a whole, across every module that keeps some ({@link PersonalData}): exported as
 * one document, imported into a fresh account, or erased with the account.
 */
@Service
public class Portability {

    static final int MAX_IMPORT_PROBLEMS = 100;

    private final AccountStore accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final SignOuts signOuts;
    private final List<PersonalData> personalData;
    private final FormErrors formErrors;

    Portability(AccountStore accounts, ApiTokens tokens, AuditLog audit, PasswordEncoder passwords, SignOuts signOuts,
                List<PersonalData> personalData, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.passwords = passwords;
        this.signOuts = signOuts;
        this.personalData = personalData;
    }

    /** Everything the account owns, as one document in a versioned format ({@link AccountExport}) that other modules extend. */
    @Transactional
    public Map<String, Object> export(UUID id, String client) {
        Map<String, Object> sections = new LinkedHashMap<>();
        personalData.forEach(module -> sections.put(module.section(), module.export(id)));
        Map<String, Object> document = AccountExport.document(Instant.now(), accounts.byId(id).orElseThrow().account(), tokens.list(id),
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
            return Outcome.invalid("file", "This is not an Ascent export: it should be the JSON file from “Download my data” (format ascent/export@1).");
        }
        int restored = 0;
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        // every section is checked before any is written, so a refusal leaves nothing behind
        for (PersonalData module : personalData) {
            if (document.hasNonNull(module.section()) && module.holdsData(id)) {
                return Outcome.invalid("file", "Your account already has %s data; import into a fresh account so nothing is mixed up.".formatted(module.section()));
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
        return Outcome.saved(restored);
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
    public Outcome<UUID> delete(UUID id, AccountDeletion deletion, String client) {
        var credentials = accounts.byId(id).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(deletion));
        if (!passwords.matches(deletion.password(), credentials.passwordHash())) {
            errors.putIfAbsent("password", "That is not your password; nothing was deleted.");
        } else if (credentials.account().admin() && accounts.countAdmins() <= 1) {
            errors.putIfAbsent("password", "You are the only administrator. Make someone else an administrator first.");
        }
        return Outcome.unless(errors, () -> {
            personalData.forEach(module -> module.erase(id));
            accounts.delete(id); // tokens, links and the account's audit events go with it (on delete cascade)
            signOuts.endSessions(credentials.account().email(), null);
            audit.record(null, Type.ACCOUNT_DELETED, "an account and all its data were erased", client);
            return Outcome.saved(id);
        });
    }
}
