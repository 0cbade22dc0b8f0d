package dev.ascent.accounts.internal;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in account inside Spring Security and the session. Stored in PostgreSQL with the
 * session, so it stays small and stable: ids and names, the hash only until sign-in completes.
 */
public record AccountPrincipal(UUID id, String email, String displayName, Role role, boolean enabled,
                               String password) implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static AccountPrincipal of(AccountStore.Credentials credentials) {
        var account = credentials.account();
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.role(), account.enabled(),
                credentials.passwordHash());
    }

    public CurrentAccount current() {
        return new CurrentAccount(id, email, displayName, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.LEARNER.authority()));
        if (role == Role.ADMIN) {
            authorities.add(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Spring Security erases credentials after sign-in; a record cannot change, so it hands back a copy. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, email, displayName, role, enabled, "");
    }
}
