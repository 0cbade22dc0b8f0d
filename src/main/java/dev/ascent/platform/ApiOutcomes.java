package dev.ascent.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * A command's {@link Outcome} as the API answers it: the saved value with the given status, 422
 * naming each bad field, 409 with the current state, 404. Every API endpoint that writes answers
 * through here, so the same outcome always reads the same way.
 */
public final class ApiOutcomes {

    private ApiOutcomes() {
    }

    public static <T> ResponseEntity<?> respond(Outcome<T> outcome, HttpStatus onSaved) {
        return switch (outcome) {
            case Outcome.Saved<T> saved -> onSaved == HttpStatus.NO_CONTENT
                    ? ResponseEntity.noContent().build() : ResponseEntity.status(onSaved).body(saved.value());
            case Outcome.Invalid<T> invalid -> throw new InvalidInputException(invalid.errors());
            case Outcome.Conflict<T> conflict -> conflict(conflict.message(), conflict.current());
            case Outcome.NotFound<T> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound.message());
        };
    }

    public static <T> ResponseEntity<?> respond(Outcome<T> outcome) {
        return respond(outcome, HttpStatus.OK);
    }

    /** The one way the API reads the version a change was based on: without it, 422 naming the field. */
    public static int version(@org.jspecify.annotations.Nullable Integer version) {
        if (version == null) {
            throw new InvalidInputException(java.util.Map.of(FormErrors.VERSION, "Send the version you last read, so no update is lost."));
        }
        return version;
    }

    /** 409: nothing was written; {@code current} (when known) is the state to merge with before sending again. */
    public static ResponseEntity<ProblemDetail> conflict(String message, @org.jspecify.annotations.Nullable Object current) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setTitle("Changed meanwhile");
        if (current != null) {
            problem.setProperty("current", current);
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
