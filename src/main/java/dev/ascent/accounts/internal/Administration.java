package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.Role;
import dev.ascent.accounts.internal.AuditLog.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What administrators do to other accounts: find them, disable or enable them, change their role.
 * There is always at least one administrator left, and none can lock themselves out.
 */
@Service
public class Administration {

    private final AccountStore accounts;
    private final AuditLog audit;
    private final SignOuts signOuts;
    private final String adminEmail;

    Administration(AccountStore accounts, AuditLog audit, SignOuts signOuts, @Value("${ascent.admin.email:}") String adminEmail) {
        this.accounts = accounts;
        this.audit = audit;
        this.signOuts = signOuts;
        this.adminEmail = AccountStore.normalise(adminEmail);
    }

    public List<Account> search(@Nullable String query, int page, int size) {
        return accounts.search(query == null ? null : TextInput.withoutControlCharacters(query), size, Math.max(0, page) * size);
    }

    @Transactional
    public AccountOutcome<Account> setEnabled(UUID adminId, UUID targetId, boolean enabled, String client) {
        if (adminId.equals(targetId) && !enabled) {
            return AccountOutcome.failed("account", "You cannot disable your own account.");
        }
        var target = find(targetId);
        if (target.isEmpty()) {
            return AccountOutcome.failed("account", "There is no such account.");
        }
        if (!enabled && target.get().admin() && accounts.countAdmins() <= 1) {
            return AccountOutcome.failed("account", "This is the only administrator; it cannot be disabled.");
        }
        accounts.setEnabled(targetId, enabled);
        if (!enabled) {
            signOuts.endSessions(target.get().email(), null);
        }
        audit.record(targetId, enabled ? Type.ACCOUNT_ENABLED : Type.ACCOUNT_DISABLED, "by an administrator", client);
        return AccountOutcome.ok(find(targetId).orElseThrow());
    }

    @Transactional
    public AccountOutcome<Account> setRole(UUID adminId, UUID targetId, Role role, String client) {
        var target = find(targetId);
        if (target.isEmpty()) {
            return AccountOutcome.failed("account", "There is no such account.");
        }
        if (adminId.equals(targetId) && role != Role.ADMIN) {
            return AccountOutcome.failed("account", "You cannot remove your own administrator role; ask another administrator.");
        }
        if (target.get().role() == role) {
            return AccountOutcome.ok(target.get());
        }
        accounts.setRole(targetId, role);
        signOuts.endSessions(target.get().email(), null); // the new role applies from the next sign-in
        audit.record(targetId, Type.ROLE_CHANGED, "now " + role.name().toLowerCase(Locale.ROOT) + ", by an administrator", client);
        return AccountOutcome.ok(find(targetId).orElseThrow());
    }

    /** Makes the configured administrator an admin if the account already exists (it may sign up later). */
    @Transactional
    public void promoteConfiguredAdmin() {
        if (!adminEmail.isEmpty() && accounts.promoteByEmail(adminEmail)) {
            accounts.byEmail(adminEmail).ifPresent(c -> audit.record(c.account().id(), Type.ROLE_CHANGED,
                    "now admin, from ascent.admin.email", "configuration"));
        }
    }

    private Optional<Account> find(UUID id) {
        return accounts.byId(id).map(AccountStore.Credentials::account);
    }
}
