package dev.ascent.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/** 401 and 403 for API clients, as RFC 9457 problem documents with a bearer challenge. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        boolean tokenSent = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        boolean browserChanging = !tokenSent && request.getRequestedSessionId() != null
                && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        write(request, response, HttpStatus.UNAUTHORIZED, tokenSent
                ? "The access token was not accepted: it is unknown or revoked, or its account is disabled."
                : browserChanging
                ? "A browser session can read the API but not change through it: send a read-write personal access token "
                        + "('Authorization: Bearer asc_…'; create one on your account page), or use the pages."
                : "Sign in or send a personal access token: 'Authorization: Bearer asc_…'. Create one on your account page.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        boolean writing = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean readOnlyToken = authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> "SCOPE_read".equals(a.getAuthority()))
                && authentication.getAuthorities().stream().noneMatch(a -> "SCOPE_write".equals(a.getAuthority()));
        boolean session = authentication != null && authentication.getPrincipal() instanceof AccountPrincipal;
        write(request, response, HttpStatus.FORBIDDEN, writing && readOnlyToken
                ? "This token may only read. Create a read-write token to make changes."
                : writing && session
                ? "Your browser session can read the API but not change through it: send a read-write token "
                        + "('Authorization: Bearer asc_…'; create one on your account page), or use the pages."
                : "You are signed in, but this is not yours to see or change.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
