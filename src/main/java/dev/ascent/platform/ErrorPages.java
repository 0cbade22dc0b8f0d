package dev.ascent.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.net.URI;
import java.util.Map;

/**
 * Where the servlet container sends every error that no controller answered: unknown paths,
 * {@code ResponseStatusException}s from pages, security refusals. API paths and JSON clients get
 * an RFC 9457 problem document; people get a page. Neither ever shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String detail = detail(status, request);
        if (wantsProblem(request, path)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(path.startsWith("/") ? path : "/"));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var page = new ModelAndView("error/page", Map.of(
                "status", status.value(),
                "title", title(status),
                "detail", detail), status);
        return page;
    }

    static boolean wantsProblem(HttpServletRequest request, String path) {
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs")
                || (accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html"));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND; // someone opened /error itself: there is nothing there
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        // Reasons from ResponseStatusException are written for users; server errors never leak internals.
        if (status.is4xxClientError() && message instanceof String text && !text.isBlank() && status != HttpStatus.NOT_FOUND) {
            return text;
        }
        if (status == HttpStatus.NOT_FOUND && message instanceof String text && !text.isBlank() && !text.startsWith("No static resource") && !text.startsWith("No endpoint ")) {
            return text;
        }
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address. It may have moved, or the link may be mistyped.";
            case UNAUTHORIZED -> "You need to sign in to see this.";
            case FORBIDDEN -> "You are signed in, but this is not yours to see or change.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that kind of request.";
            case CONTENT_TOO_LARGE -> "What you sent is too large. Files may be at most 2 MB.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. It has been logged; please try again."
                    : "The request could not be processed.";
        };
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "Not allowed";
            case UNAUTHORIZED -> "Sign-in needed";
            default -> status.getReasonPhrase();
        };
    }
}
