package dev.ascent.accounts.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or address; says how long to wait. */
class SignInThrottledException extends AuthenticationException {

    private final long seconds;

    SignInThrottledException(long seconds) {
        super("Too many failed sign-ins; try again in " + seconds + " seconds");
        this.seconds = seconds;
    }

    long seconds() {
        return seconds;
    }
}
