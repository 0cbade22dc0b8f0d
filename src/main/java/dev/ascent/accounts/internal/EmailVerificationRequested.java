package dev.ascent.accounts.internal;

import java.util.UUID;

/**
 * An account's address should be confirmed (at sign-up, or asked again): {@link AccountMail} sends the
 * link after the transaction commits. Public only so the event publication registry can read it back.
 */
public record EmailVerificationRequested(UUID accountId) {
}
