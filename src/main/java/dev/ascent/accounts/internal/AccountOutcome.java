package dev.ascent.accounts.internal;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/** The outcome of a change to an account: the value, or the errors by field. */
public record AccountOutcome<T>(@Nullable T value, Map<String, String> errors) {

    static <T> AccountOutcome<T> ok(T value) {
        return new AccountOutcome<>(value, Map.of());
    }

    static <T> AccountOutcome<T> failed(Map<String, String> errors) {
        return new AccountOutcome<>(null, Map.copyOf(errors));
    }

    static <T> AccountOutcome<T> failed(String field, String message) {
        return new AccountOutcome<>(null, Map.of(field, message));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
