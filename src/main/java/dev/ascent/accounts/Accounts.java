package dev.ascent.accounts;

import dev.ascent.accounts.internal.AccountService;
import dev.ascent.accounts.internal.CurrentAccountSupport;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** The accounts module's API for the rest of Ascent. */
@Service
public class Accounts {

    private final AccountService service;

    Accounts(AccountService service) {
        this.service = service;
    }

    public Optional<Account> find(UUID id) {
        return service.find(id);
    }

    /** The account signed in for the current request, from a session or an API token. */
    public Optional<CurrentAccount> current() {
        return CurrentAccountSupport.current();
    }
}
