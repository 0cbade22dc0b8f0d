package dev.ascent.accounts.internal;

import java.util.UUID;

/** Someone asked to reset an account's password: {@link AccountMail} sends the link after the transaction commits. */
public record PasswordResetRequested(UUID accountId) {
}
