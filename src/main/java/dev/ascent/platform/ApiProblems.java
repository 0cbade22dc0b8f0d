package dev.ascent.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
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
