package dev.ascent.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Answers 503 with {@code Retry-After} while the database is unreachable, and to a request that waited
 * the pool's whole timeout for a connection while every one was in use: at once when this
 * instance already knows (no request waits for a connection), and in place of whatever failed when
 * a request is the one that finds out. Runs before Spring Session and Spring Security, which read
 * the database themselves. People get a page that needs no database and reloads itself; API and
 * JSON clients get an RFC 9457 problem. Static files pass through, and health probes still reach
 * the health endpoint, which reports readiness DOWN.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final String DETAIL = "Ascent cannot reach its database just now. Nothing saved before is lost; "
            + "this request was not carried out. Try again in a few seconds.";
    static final String BUSY_DETAIL = "Ascent has more requests than it can answer just now. Nothing saved before is lost; "
            + "this request was not carried out. Try again in a few seconds.";

    private final DatabaseAvailability database;
    private final JsonMapper json;
    private final byte[] page;

    DatabaseOutageFilter(DatabaseAvailability database, JsonMapper json) {
        this.database = database;
        this.json = json;
        try {
            this.page = new ClassPathResource("platform/unavailable.html").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/schemas/") || path.equals("/favicon.svg");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // health probes still ask: readiness reports the outage itself, and notices the end of it
        if (database.isDown() && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            unavailable(request, response, DETAIL);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!database.failed(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            unavailable(request, response, DatabaseAvailability.isBusy(e) ? BUSY_DETAIL : DETAIL);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseAvailability.RETRY_AFTER.toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (ErrorPages.wantsProblem(request, request.getRequestURI())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getOutputStream().write(page);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        /** Ahead of Spring Session's repository filter ({@code Integer.MIN_VALUE + 50}) and Spring Security. */
        @Bean
        FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseAvailability database, JsonMapper json) {
            var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(database, json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }
}
