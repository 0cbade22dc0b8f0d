package dev.ascent.accounts.internal;

import java.util.UUID;

/**
 * Someone tried to sign up with an address that already has an account: {@link AccountMail} tells its
 * owner by email, never the page.
 */
public record SignUpWithTakenAddressAttempted(UUID accountId) {
}
