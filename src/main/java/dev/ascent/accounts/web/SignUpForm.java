package dev.ascent.accounts.web;

import org.jspecify.annotations.Nullable;

/**
 * The sign-up form as posted, and as shown back after an error (password emptied). Public only because
 * the jte template that shows it (accounts/signUp.jte) is compiled into a package of its own.
 */
public record SignUpForm(@Nullable String displayName, @Nullable String email, @Nullable String password) {
}
