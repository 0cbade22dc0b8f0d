package dev.ascent.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
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

    /**
     * A body that is not JSON, or exceeds a read constraint (spring.jackson.factory.constraints.read):
     * say which, in Jackson's words (its messages quote at most a short excerpt of the input).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not readable JSON.";
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
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

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (DatabaseAvailability.isUnreachable(e)) {
            throw e; // not a bug but an outage: DatabaseOutageFilter answers 503 with Retry-After
        }
        log.error("Unexpected error in an API call", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged; please try again.");
        problem.setTitle("Internal error");
        return problem;
    }
}
