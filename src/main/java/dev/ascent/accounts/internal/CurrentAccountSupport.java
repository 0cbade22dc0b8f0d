package dev.ascent.accounts.internal;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.accounts.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands controllers the signed-in account, whether it came from a session or a personal access
 * token: declare a {@link CurrentAccount} parameter.
 */
@Configuration(proxyBeanMethods = false)
public class CurrentAccountSupport implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentAccount.class;
            }

            @Override
            public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                                    NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
                // a page open to everyone declares "@Nullable CurrentAccount" and gets null for a visitor
                if (org.springframework.core.Nullness.forMethodParameter(parameter) == org.springframework.core.Nullness.NULLABLE) {
                    return current().orElse(null);
                }
                return current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
            }
        });
    }

    /** The signed-in account of this request, if any. */
    public static Optional<CurrentAccount> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case AccountPrincipal principal -> Optional.of(principal.current());
            case OAuth2AuthenticatedPrincipal token -> Optional.of(new CurrentAccount(
                    UUID.fromString(token.getAttribute(TokenIntrospector.ACCOUNT_ID)),
                    token.getAttribute("email"), token.getAttribute("name"), Role.valueOf(token.getAttribute("role"))));
            case null, default -> Optional.empty();
        };
    }
}
