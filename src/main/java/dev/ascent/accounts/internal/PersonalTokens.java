package dev.ascent.accounts.internal;

import dev.ascent.accounts.TokenScope;

import dev.ascent.accounts.NewToken;
import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An account's personal access tokens for the API: created with a name and a scope, listed, revoked; each change audited. */
@Service
public class PersonalTokens {

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final FormErrors formErrors;

    PersonalTokens(ApiTokens tokens, AuditLog audit, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** A new token: its name and scope as {@link NewToken} rules them, and at most {@value ApiTokens#MAX_PER_ACCOUNT} active at once. */
    @Transactional
    public Outcome<ApiTokens.Created> createToken(UUID id, NewToken request, String client) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(request));
        if (tokens.countActive(id) >= ApiTokens.MAX_PER_ACCOUNT) {
            errors.putIfAbsent("name", "You have %d active tokens, the most allowed. Revoke one you no longer use.".formatted(ApiTokens.MAX_PER_ACCOUNT));
        }
        return Outcome.unless(errors, () -> {
            TokenScope scope = Objects.requireNonNull(request.scope());
            ApiTokens.Created created = tokens.create(id, request.name(), scope);
            audit.record(id, Type.TOKEN_CREATED, "%s (%s, %s…)".formatted(request.name(), scope.name(), created.token().prefix()), client);
            return Outcome.saved(created);
        });
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
}
