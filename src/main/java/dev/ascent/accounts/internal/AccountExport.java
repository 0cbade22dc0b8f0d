package dev.ascent.accounts.internal;

import dev.ascent.accounts.Account;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The accounts part of {@code ascent/export@1}: the document's head and the account's own records,
 * written from these records so renaming a component of {@link Account}, {@link ApiTokens.Token} or
 * {@link AuditLog.Event} cannot change the file. None of it is imported (an import goes into the
 * account that sends it). A null value is left out of the file; moments are ISO-8601 instants in UTC
 * ({@code 2026-12-02T09:30:00.123456Z}); enum values are their names.
 */
final class AccountExport {

    /** The one format this server writes and reads; a change that old files cannot follow needs {@code ascent/export@2}. */
    static final String FORMAT = "ascent/export@1";

    record AccountRecord(UUID id, String email, String displayName, String role, boolean enabled, @Nullable Instant emailVerifiedAt,
                         Instant createdAt) {
    }

    /** An API token as listed on the account page: never its secret or hash. */
    record Token(UUID id, String name, String prefix, String scope, Instant createdAt, @Nullable Instant lastUsedAt,
                 @Nullable Instant revokedAt) {
    }

    record SecurityEvent(long id, @Nullable UUID accountId, String type, String detail, String client, Instant at) {
    }

    private AccountExport() {
    }

    /**
     * The whole document: format, when, the account, its tokens and security events (newest first),
     * then each module's section under its name, in the order given.
     */
    static Map<String, Object> document(Instant exportedAt, Account account, List<ApiTokens.Token> tokens, List<AuditLog.Event> events,
                                        Map<String, Object> sections) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("exportedAt", exportedAt);
        document.put("account", new AccountRecord(account.id(), account.email(), account.displayName(), account.role().name(),
                account.enabled(), account.emailVerifiedAt(), account.createdAt()));
        document.put("apiTokens", tokens.stream().map(t -> new Token(t.id(), t.name(), t.prefix(), t.scope().name(), t.createdAt(),
                t.lastUsedAt(), t.revokedAt())).toList());
        document.put("securityEvents", events.stream().map(e -> new SecurityEvent(e.id(), e.accountId(), e.type().name(), e.detail(),
                e.client(), e.at())).toList());
        document.putAll(sections);
        return document;
    }
}
