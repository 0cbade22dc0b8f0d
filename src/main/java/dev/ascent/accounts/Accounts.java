package dev.ascent.accounts;

import dev.ascent.accounts.internal.Profiles;
import dev.ascent.accounts.internal.CurrentAccountSupport;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** The accounts module's API for the rest of Ascent. */
@Service
public class Accounts {

    private final Profiles profiles;

    Accounts(Profiles profiles) {
        this.profiles = profiles;
    }

    public Optional<Account> find(UUID id) {
        return profiles.find(id);
    }

    /** Display names of the accounts that exist among {@code ids}, read at once; an erased account is simply absent. */
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        return profiles.displayNames(ids);
    }

    /** The account signed in for the current request, from a session or an API token. */
    public Optional<CurrentAccount> current() {
        return CurrentAccountSupport.current();
    }
}
