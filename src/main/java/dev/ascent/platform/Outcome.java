package dev.ascent.platform;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command did, in every module: saved, invalid by field, in conflict with the current state,
 * or aimed at something that is not there (or not the caller's). Mapped once for pages
 * ({@link FormErrors#rejected}) and once for the API ({@link ApiOutcomes#respond}).
 */
public sealed interface Outcome<T> {

    /** Written; {@code value} is what was stored, as the caller may show it. */
    record Saved<T>(T value) implements Outcome<T> {
    }

    /** Nothing written: what is wrong, by field, in words a person can act on (never empty). */
    record Invalid<T>(Map<String, String> errors) implements Outcome<T> {
        public Invalid {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid outcome names at least one field");
            }
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }
    }

    /** Nothing written: it changed since the version sent was read; {@code current} is how it reads now, when it can be shown. */
    record Conflict<T>(String message, @Nullable T current) implements Outcome<T> {
    }

    /** Nothing written: no such thing for this caller (another person's is not found either). */
    record NotFound<T>(String message) implements Outcome<T> {
    }

    static <T> Outcome<T> saved(T value) {
        return new Saved<>(value);
    }

    static <T> Outcome<T> invalid(Map<String, String> errors) {
        return new Invalid<>(errors);
    }

    static <T> Outcome<T> invalid(String field, String message) {
        return new Invalid<>(Map.of(field, message));
    }

    static <T> Outcome<T> conflict(String message, @Nullable T current) {
        return new Conflict<>(message, current);
    }

    static <T> Outcome<T> notFound(String message) {
        return new NotFound<>(message);
    }

    /** Invalid when {@code errors} names a field, otherwise whatever {@code write} answers. */
    static <T> Outcome<T> unless(Map<String, String> errors, Supplier<Outcome<T>> write) {
        return errors.isEmpty() ? write.get() : new Invalid<>(errors);
    }

    default boolean isSaved() {
        return this instanceof Saved;
    }

    /** The same outcome about something else: the saved value and a conflict's current state are mapped. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
        return switch (this) {
            case Saved<T> saved -> new Saved<>(mapping.apply(saved.value()));
            case Invalid<T> invalid -> new Invalid<>(invalid.errors());
            case Conflict<T> conflict -> new Conflict<>(conflict.message(), conflict.current() == null ? null : mapping.apply(conflict.current()));
            case NotFound<T> notFound -> new NotFound<>(notFound.message());
        };
    }

    /** What a form shows beside its fields: the errors by field, a conflict under "version"; empty when saved or not found. */
    default Map<String, String> fieldErrors() {
        return switch (this) {
            case Invalid<T> invalid -> invalid.errors();
            case Conflict<T> conflict -> Map.of(FormErrors.VERSION, conflict.message());
            case Saved<T> ignored -> Map.of();
            case NotFound<T> ignored -> Map.of();
        };
    }
}
