package dev.ascent.accounts.internal;

import dev.ascent.accounts.AccessChange;
import dev.ascent.accounts.Account;
import dev.ascent.accounts.Role;
import dev.ascent.accounts.RoleChange;
import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What administrators do to other accounts: find them, disable or enable them, change their role.
 * There is always at least one administrator left, and none can lock themselves out.
 */
@Service
public class Administration {

    static final String NO_SUCH_ACCOUNT = "There is no such account.";

    private final AccountStore accounts;
    private final AuditLog audit;
    private final SignOuts signOuts;
    private final FormErrors formErrors;
    private final String adminEmail;

    Administration(AccountStore accounts, AuditLog audit, SignOuts signOuts, FormErrors formErrors,
                   @Value("${ascent.admin.email:}") String adminEmail) {
        this.formErrors = formErrors;
        this.accounts = accounts;
        this.audit = audit;
        this.signOuts = signOuts;
        this.adminEmail = AccountStore.normalise(adminEmail);
    }

    public List<Account> search(@Nullable String query, int page, int size) {
        return accounts.search(query == null ? null : TextInput.withoutControlCharacters(query), size, Math.max(0, page) * size);
    }

    /**
     * Enables or disables an account; disabling signs it out everywhere (and its tokens stop working).
     * Refused, with the account as it is, for one's own account or the last administrator.
     */
    @Transactional
    public Outcome<Account> setEnabled(UUID adminId, UUID targetId, AccessChange change, String client) {
        return Outcome.unless(formErrors.check(change), () -> {
            boolean enabled = Boolean.TRUE.equals(change.enabled());
            var target = find(targetId);
            if (target.isEmpty()) {
                return Outcome.notFound(NO_SUCH_ACCOUNT);
            }
            if (adminId.equals(targetId) && !enabled) {
                return Outcome.conflict("You cannot disable your own account.", target.get());
            }
            if (!enabled && target.get().admin() && accounts.countAdmins() <= 1) {
                return Outcome.conflict("This is the only administrator; it cannot be disabled.", target.get());
            }
            accounts.setEnabled(targetId, enabled);
            if (!enabled) {
                signOuts.endSessions(target.get().email(), null);
            }
            audit.record(targetId, enabled ? Type.ACCOUNT_ENABLED : Type.ACCOUNT_DISABLED, "by an administrator", client);
            return Outcome.saved(find(targetId).orElseThrow());
        });
    }

    /** Gives an account a role, from its next sign-in; refused, with the account as it is, for one's own administrator role. */
    @Transactional
    public Outcome<Account> setRole(UUID adminId, UUID targetId, RoleChange change, String client) {
        return Outcome.unless(formErrors.check(change), () -> {
            Role role = Objects.requireNonNull(change.role());
            var target = find(targetId);
            if (target.isEmpty()) {
                return Outcome.notFound(NO_SUCH_ACCOUNT);
            }
            if (adminId.equals(targetId) && role != Role.ADMIN) {
                return Outcome.conflict("You cannot remove your own administrator role; ask another administrator.", target.get());
            }
            if (target.get().role() == role) {
                return Outcome.saved(target.get());
            }
            accounts.setRole(targetId, role);
            signOuts.endSessions(target.get().email(), null); // the new role applies from the next sign-in
            audit.record(targetId, Type.ROLE_CHANGED, "now " + role.name().toLowerCase(Locale.ROOT) + ", by an administrator", client);
            return Outcome.saved(find(targetId).orElseThrow());
        });
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
