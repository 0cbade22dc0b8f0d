package dev.ascent.accounts.web;

import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.InvalidInputException;

import dev.ascent.accounts.Account;
import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.NewToken;
import dev.ascent.accounts.internal.PersonalTokens;
import dev.ascent.accounts.internal.Portability;
import dev.ascent.accounts.internal.Profiles;
import dev.ascent.accounts.internal.ApiTokens;
import dev.ascent.accounts.internal.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The signed-in account through the API: profile, data export, personal access tokens, activity. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "My account", description = "Needs a personal access token: Authorization: Bearer asc_…")
@SecurityRequirement(name = "token")
class AccountApi {

    private final Profiles profiles;
    private final PersonalTokens tokens;
    private final Portability portability;

    AccountApi(Profiles profiles, PersonalTokens tokens, Portability portability) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.portability = portability;
    }

    record CreatedToken(ApiTokens.Token token, String secret) {
    }

    @GetMapping
    @Operation(summary = "The account the token belongs to")
    Account me(CurrentAccount current) {
        return profiles.find(current.id()).orElseThrow();
    }

    @GetMapping("/export")
    @Operation(summary = "Everything the account owns, as one JSON document (format ascent/export@1)")
    Map<String, Object> export(CurrentAccount current, HttpServletRequest request) {
        return portability.export(current.id(), request.getRemoteAddr());
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Restore an export (format ascent/export@1) into this account, which must not hold that data yet. Needs a read-write token.")
    ResponseEntity<?> importData(CurrentAccount current, @RequestBody tools.jackson.databind.JsonNode document, HttpServletRequest request) {
        try {
            return ApiOutcomes.respond(portability.importData(current.id(), document, request.getRemoteAddr())
                    .map(restored -> Map.of("sectionsRestored", restored)));
        } catch (Portability.ImportRefused e) {
            // the problems by their place in the file (the transaction rolled back, so nothing was written)
            throw new InvalidInputException(e.getMessage() + ". Nothing was imported.",
                    e.problems().isEmpty() ? Map.of("file", e.getMessage() + ". Nothing was imported.") : e.problems());
        }
    }

    @GetMapping("/tokens")
    @Operation(summary = "List the account's personal access tokens (never their secrets)")
    List<ApiTokens.Token> tokens(CurrentAccount current) {
        return tokens.tokens(current.id());
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a token (name, scope READ or READ_WRITE); the secret is in this response only. Needs a read-write token.")
    ResponseEntity<?> createToken(CurrentAccount current, @RequestBody NewToken body, HttpServletRequest request) {
        return ApiOutcomes.respond(tokens.createToken(current.id(), body, request.getRemoteAddr())
                .map(created -> new CreatedToken(created.token(), created.secret())), HttpStatus.CREATED);
    }

    @DeleteMapping("/tokens/{tokenId}")
    @Operation(summary = "Revoke a token. Needs a read-write token.")
    ResponseEntity<Void> revoke(CurrentAccount current, @PathVariable UUID tokenId, HttpServletRequest request) {
        if (tokens.token(current.id(), tokenId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no token with id '%s'".formatted(tokenId));
        }
        tokens.revokeToken(current.id(), tokenId, request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/activity")
    @Operation(summary = "The account's recent security events")
    List<AuditLog.Event> activity(CurrentAccount current) {
        return profiles.activity(current.id());
    }
}
