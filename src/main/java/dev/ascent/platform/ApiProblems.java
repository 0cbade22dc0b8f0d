package dev.ascent.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of a JSON API endpoint answers as an RFC 9457 problem document: Spring's
 * standard exceptions (bad parameters, unsupported media types, {@code ResponseStatusException})
 * through the base class, anything unexpected as a 500 without internals (a database outage is
 * left to {@link DatabaseOutageFilter}, which answers 503).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final FormErrors formErrors;

    ApiProblems(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    /**
     * A body that is not JSON, or exceeds a read constraint (spring.jackson.factory.constraints.read):
     * say which, in Jackson's words (its messages quote at most a short excerpt of the input).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not readable JSON.";
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty() && mismatch.getTargetType() != null) {
                // readable JSON with a value of the wrong type: name the field, in the words a form would use
                String field = fieldOf(mismatch);
                String message = formErrors.message(new DefaultMessageSourceResolvable(
                        new String[]{"typeMismatch." + field, "typeMismatch." + mismatch.getTargetType().getName(), "typeMismatch"}, null,
                        "This value has the wrong type."));
                return handleExceptionInternal(ex, new InvalidInputException(Map.of(field, message)).getBody(), headers,
                        HttpStatus.UNPROCESSABLE_CONTENT, request);
            }
            if (cause instanceof StreamConstraintsException limit) {
                detail = "The request body is larger than Ascent accepts: " + limit.getOriginalMessage();
                break;
            }
            if (cause instanceof JacksonException json) {
                detail = "The request body is not readable JSON: " + json.getOriginalMessage();
                break;
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Unreadable request");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A body whose record failed Bean Validation: 422 naming each field, as a form would show it. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, new InvalidInputException(formErrors.of(ex.getBindingResult())).getBody(), headers,
                HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    /**
     * A query parameter that could not be read ({@code ?version=abc}): 422 naming it, in the words {@code messages.properties}
     * gives (codes {@code typeMismatch.query.<name>}, then as for form fields). A path segment of the wrong type is an
     * address that names nothing and stays the base class's 400.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch && mismatch.getParameter().hasParameterAnnotation(RequestParam.class)) {
            String name = mismatch.getName();
            String type = mismatch.getRequiredType() == null ? "" : mismatch.getRequiredType().getName();
            String message = formErrors.message(new DefaultMessageSourceResolvable(
                    new String[]{"typeMismatch.query." + name, "typeMismatch." + name, "typeMismatch." + type, "typeMismatch"}, null,
                    "This value has the wrong type."));
            return handleExceptionInternal(ex, new InvalidInputException(Map.of(name, message)).getBody(), headers,
                    HttpStatus.UNPROCESSABLE_CONTENT, request);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    /** The dotted path of a mismatched value, e.g. {@code ratings.caching} or {@code topics[2]}. */
    private static String fieldOf(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder();
        for (var reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (DatabaseAvailability.isUnavailable(e)) {
            throw e; // not a bug but an outage or a busy pool: DatabaseOutageFilter answers 503 with Retry-After
        }
        log.error("Unexpected error in an API call", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged; please try again.");
        problem.setTitle("Internal error");
        return problem;
    }
}
