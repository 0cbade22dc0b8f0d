/**
 * Accounts and everything security hangs off: sign-up and sign-in, sessions shared by every
 * instance, roles, personal API tokens, throttling, the audit log, data export and erasure, and
 * user administration.
 * <p>
 * The API of the module is this package: {@link dev.ascent.accounts.Accounts}, the
 * {@link dev.ascent.accounts.PersonalData} hook that other modules implement so their data is
 * exported and erased with the account, and the records around them.
 */
@ApplicationModule(displayName = "Accounts")
@NullMarked
package dev.ascent.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
