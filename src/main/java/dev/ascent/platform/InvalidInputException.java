package dev.ascent.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.LinkedHashMap;
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

    /** Messages may quote what was sent (an unknown id): each is cut, so a long input cannot make a long answer. */
    private static ProblemDetail problem(String detail, Map<String, String> errors) {
        Map<String, String> clipped = new LinkedHashMap<>();
        errors.forEach((field, message) -> clipped.put(Problem.clip(field, Problem.MAX_PATH), Problem.clip(message, Problem.MAX_MESSAGE)));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, Problem.clip(detail, Problem.MAX_MESSAGE));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", clipped);
        return problem;
    }
}
