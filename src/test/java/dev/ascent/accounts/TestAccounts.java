package dev.ascent.accounts;

import dev.ascent.accounts.internal.Administration;
import dev.ascent.accounts.internal.ApiTokens;
import dev.ascent.accounts.internal.PersonalTokens;
import dev.ascent.accounts.internal.Profiles;
import dev.ascent.accounts.internal.SignUps;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
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

    /** A new account, signed up as on the page; fails the test when the sign-up is refused. */
    public Outcome.Saved<Account> signUp(String displayName, String email, String password, String client) {
        Outcome<SignUps.SignedUp> outcome = signUps.signUp(new SignUp(displayName, email, password), client);
        if (outcome instanceof Outcome.Saved<SignUps.SignedUp>(SignUps.SignedUp(Account account)) && account != null) {
            return new Outcome.Saved<>(account);
        }
        throw new AssertionError("the test account " + email + " was not made: " + outcome);
    }

    /** A new personal access token ({@code scope} READ or READ_WRITE); fails the test when refused. */
    public Outcome.Saved<ApiTokens.Created> createToken(UUID id, String name, String scope, String client) {
        Outcome<ApiTokens.Created> outcome = tokens.createToken(id, new NewToken(name, TokenScope.of(scope)), client);
        if (outcome instanceof Outcome.Saved<ApiTokens.Created> saved) {
            return saved;
        }
        throw new AssertionError("the test token " + name + " was not made: " + outcome);
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
