package dev.ascent.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.Map;

/** Bad input to an API call: a 422 problem document naming every field and what is wrong with it. */
public class InvalidInputException extends ErrorResponseException {

    public InvalidInputException(Map<String, String> errors) {
        this(errors.size() == 1 ? errors.values().iterator().next() : "Some fields need another look.", errors);
    }

    /** A summary of its own, e.g. for an import file whose problems are listed by their place in it. */
    public InvalidInputException(String detail, Map<String, String> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(detail, errors), null);
    }

    private static ProblemDetail problem(String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
