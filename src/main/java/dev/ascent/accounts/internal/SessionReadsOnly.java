package dev.ascent.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.core.context.DeferredSecurityContext;

import java.util.function.Supplier;

/**
 * Lets a signed-in browser read the API with its session (so Swagger UI's "try it out" and a link
 * to {@code /api/v1/me} work for the person looking at them), while every change through the API
 * still needs a read-write token: a cookie that rides along on a forged cross-site request can then
 * only ever read, and the API keeps needing no CSRF token. A request with a token, or one that is
 * not a GET or HEAD, is judged by its token alone; nothing is ever saved into a session here.
 */
final class SessionReadsOnly implements SecurityContextRepository {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionReadsOnly() {
        sessions.setAllowSessionCreation(false);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        if (reads(request)) {
            return sessions.loadDeferredContext(request);
        }
        return new Empty(holder::createEmptyContext);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
        return loadDeferredContext(requestResponseHolder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // stateless: a token's authentication lives for its request only
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return reads(request) && sessions.containsContext(request);
    }

    private static boolean reads(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getHeader("Authorization") == null;
    }

    private record Empty(Supplier<SecurityContext> empty) implements DeferredSecurityContext {
        @Override
        public SecurityContext get() {
            return empty.get();
        }

        @Override
        public boolean isGenerated() {
            return true;
        }
    }
}
