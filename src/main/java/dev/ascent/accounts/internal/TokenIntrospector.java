package dev.ascent.accounts.internal;

import dev.ascent.accounts.TokenScope;

import dev.ascent.accounts.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a personal access token from {@code Authorization: Bearer …} into the account it
 * belongs to, with {@code SCOPE_read} and, for read-write tokens, {@code SCOPE_write}.
 */
class TokenIntrospector implements OpaqueTokenIntrospector {

    static final String ACCOUNT_ID = "account_id";

    private final ApiTokens tokens;

    TokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        var grant = tokens.authenticate(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown or revoked, or its account is disabled."));
        var account = grant.account();
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.LEARNER.authority()));
        if (account.admin()) {
            authorities.add(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        }
        authorities.add(new SimpleGrantedAuthority("SCOPE_read"));
        if (grant.scope() == TokenScope.READ_WRITE) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_write"));
        }
        return new DefaultOAuth2AuthenticatedPrincipal(account.email(), Map.of(
                ACCOUNT_ID, account.id().toString(),
                "email", account.email(),
                "name", account.displayName(),
                "role", account.role().name(),
                "token_id", grant.tokenId().toString()), authorities);
    }
}
