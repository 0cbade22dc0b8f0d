package dev.ascent.accounts;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An administrator enabling ({@code true}) or disabling ({@code false}) an account. */
public record AccessChange(@NotNull(message = AccessChange.ENABLED_MISSING) @Nullable Boolean enabled) {

    /** Also in messages.properties as {@code typeMismatch.enabled}. */
    public static final String ENABLED_MISSING = "Send true or false.";
}
