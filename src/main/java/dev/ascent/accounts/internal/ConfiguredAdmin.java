package dev.ascent.accounts.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first administrator comes from configuration ({@code ascent.admin.email}), never from a
 * built-in password: the account with that email is an admin, whether it exists at start-up or
 * signs up later.
 */
@Component
class ConfiguredAdmin implements ApplicationRunner {

    private final Administration administration;

    ConfiguredAdmin(Administration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        administration.promoteConfiguredAdmin();
    }
}
