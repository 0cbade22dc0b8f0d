package dev.ascent.accounts;

import dev.ascent.accounts.internal.AccountOutcome;
import dev.ascent.accounts.internal.Administration;
import dev.ascent.accounts.internal.ApiTokens;
import dev.ascent.accounts.internal.PersonalTokens;
import dev.ascent.accounts.internal.Profiles;
import dev.ascent.accounts.internal.SignUps;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts and tokens made for tests of every module, through the same services the pages use.
 * A bean of the test classpath (component scanning finds it), so any full-application test can
 * {@code @Autowired TestAccounts accounts}.
 */
@Component
public class TestAccounts {

    private final SignUps signUps;
    private final Profiles profiles;
    private final PersonalTokens tokens;
    private final Administration administration;

    TestAccounts(SignUps signUps, Profiles profiles, PersonalTokens tokens, Administration administration) {
        this.signUps = signUps;
        this.profiles = profiles;
        this.tokens = tokens;
        this.administration = administration;
    }

    /** Signs up; the address taken is an error on "email", as the page says it without email configured. */
    public AccountOutcome<Account> signUp(String displayName, String email, String password, String client) {
        return switch (signUps.signUp(displayName, email, password, client)) {
            case SignUps.Result.Created created -> new AccountOutcome<>(created.account(), Map.of());
            case SignUps.Result.AddressTaken taken -> new AccountOutcome<>(null, Map.of("email", SignUps.ADDRESS_TAKEN));
            case SignUps.Result.Invalid invalid -> new AccountOutcome<>(null, invalid.errors());
        };
    }

    public AccountOutcome<ApiTokens.Created> createToken(UUID id, String name, @Nullable String scope, String client) {
        return tokens.createToken(id, name, scope, client);
    }

    public Optional<Account> find(UUID id) {
        return profiles.find(id);
    }

    public List<ApiTokens.Token> tokens(UUID id) {
        return tokens.tokens(id);
    }

    public Optional<ApiTokens.Token> token(UUID id, UUID tokenId) {
        return tokens.token(id, tokenId);
    }

    public List<Account> search(@Nullable String query, int page, int size) {
        return administration.search(query, page, size);
    }
}
