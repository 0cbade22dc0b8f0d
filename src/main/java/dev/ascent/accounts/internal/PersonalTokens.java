package dev.ascent.accounts.internal;

import dev.ascent.accounts.internal.AuditLog.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** An account's personal access tokens for the API: created with a name and a scope, listed, revoked; each change audited. */
@Service
public class PersonalTokens {

    public static final int MAX_TOKEN_NAME = 60;

    private final ApiTokens tokens;
    private final AuditLog audit;

    PersonalTokens(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Transactional
    public AccountOutcome<ApiTokens.Created> createToken(UUID id, String name, @Nullable String scope, String client) {
        String label = TextInput.singleLine(name);
        if (label.isEmpty()) {
            return AccountOutcome.failed("name", "Give the token a name, e.g. the script or machine that will use it.");
        }
        if (label.length() > MAX_TOKEN_NAME) {
            return AccountOutcome.failed("name", "Use at most %d characters.".formatted(MAX_TOKEN_NAME));
        }
        if (TextInput.hasControlCharacters(label)) {
            return AccountOutcome.failed("name", "Use letters, digits, spaces and punctuation only.");
        }
        ApiTokens.Scope parsed;
        try {
            parsed = ApiTokens.Scope.valueOf(scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return AccountOutcome.failed("scope", "Choose READ or READ_WRITE.");
        }
        if (tokens.countActive(id) >= ApiTokens.MAX_PER_ACCOUNT) {
            return AccountOutcome.failed("name", "You have %d active tokens, the most allowed. Revoke one you no longer use.".formatted(ApiTokens.MAX_PER_ACCOUNT));
        }
        ApiTokens.Created created = tokens.create(id, label, parsed);
        audit.record(id, Type.TOKEN_CREATED, "%s (%s, %s…)".formatted(label, parsed.name(), created.token().prefix()), client);
        return AccountOutcome.ok(created);
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
