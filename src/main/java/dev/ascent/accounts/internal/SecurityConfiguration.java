package dev.ascent.accounts.internal;

import dev.ascent.accounts.internal.AuditLog.Type;
import dev.ascent.platform.DatabaseAvailability;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, and the security defaults every response carries.
 * <ul>
 *   <li>{@code /api/**} and {@code /actuator/**}: stateless, personal access tokens
 *   ({@code Authorization: Bearer}), problem documents for 401 and 403; reading the catalog and
 *   health needs nothing, admin endpoints an admin's token, and every change (admin ones included)
 *   a read-write token.</li>
 *   <li>Pages: a session in PostgreSQL, email-and-password sign-in with throttling (a device cookie
 *   keeps the owner's browsers out of strangers' lockouts), CSRF on every
 *   state-changing request, the session id rotated at sign-in.</li>
 *   <li>Everywhere: a strict Content Security Policy (no inline script or style), no framing,
 *   no MIME sniffing, a tight referrer policy, HSTS behind TLS.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Swagger UI sets inline styles on its own elements; it still runs no inline script. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** Forms anyone may send. */
    static final String[] PUBLIC_FORMS = {"/sign-in", "/sign-up", "/forgot-password", "/reset-password"};

    /**
     * The filter chains and the per-request authorisation are not observed filter by filter: that made two observations
     * for each of some sixteen filters on every request, about a tenth of a page's CPU (profiled under bench/run).
     * Requests are still timed whole ({@code http.server.requests}), and sign-ins are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).shouldObserveAuthorizations(false).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers(headers, SWAGGER_UI_POLICY))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/roadmaps", "/api/v1/roadmaps/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/scenarios", "/api/v1/scenarios/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/lab/models", "/api/v1/lab/models/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/drills/plays", "/api/v1/drills/plays/**", "/api/v1/drills/history").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/drills", "/api/v1/drills/*").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // scope and role are both checked on every change: an admin's read token (the one
                        // Prometheus holds) reads the admin endpoints and changes nothing
                        .requestMatchers(new AndRequestMatcher(readOnly(), ADMIN_API)).hasRole("ADMIN")
                        .requestMatchers(ADMIN_API).access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasRole("ADMIN"), AuthorityAuthorizationManager.hasAuthority(WRITE_SCOPE)))
                        .requestMatchers(readOnly()).authenticated()
                        .anyRequest().hasAuthority(WRITE_SCOPE))
                .oauth2ResourceServer(resource -> resource
                        .opaqueToken(opaque -> opaque.introspector(new TokenIntrospector(tokens)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a signed-in browser may read with its session; changes always need a read-write token
                .securityContext(context -> context.securityContextRepository(new SessionReadsOnly()))
                .requestCache(cache -> cache.disable())
                // a session only ever reads here (SessionReadsOnly), so a forged cross-site request can change nothing
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers(headers, CONTENT_SECURITY_POLICY))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccountStore accounts, PasswordEncoder encoder, SignInThrottle throttle,
                              AuditLog audit, DeviceCookies devices) throws Exception {
        // Not a bean: as the only provider bean it would also be installed in the global authentication
        // manager, which ProviderManager consults again after a failure, counting every wrong password twice.
        var signIn = new SignInProvider(accounts, encoder, throttle, audit, devices);
        // after sign-in, back to the page that asked for it, without a "?continue" marker in the address
        var savedRequests = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        savedRequests.setMatchingRequestParameterName(null);
        return http
                // Reading is open except a person's own pages and administration, so a mistyped address gets a
                // friendly 404 rather than a sign-in form; every handler that needs an account also fails closed
                // through its CurrentAccount parameter. Every change needs a signed-in person, except the public forms.
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/account/verify").permitAll()
                        .requestMatchers("/account", "/account/**").authenticated()
                        .requestMatchers("/learn", "/learn/**").authenticated()
                        .requestMatchers("/practice", "/practice/**").authenticated()
                        // the lab's models are open to read; runs are a signed-in learner's own
                        .requestMatchers("/lab/runs/**", "/lab/compare/**").authenticated()
                        // the drill library is open to read; plays and the history are a signed-in person's own
                        .requestMatchers("/drills/plays/**", "/drills/history").authenticated()
                        // an invitation link opened signed out leads to sign-in and back to the invitation
                        .requestMatchers("/teams", "/teams/**", "/invitations/**", "/notifications", "/notifications/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_FORMS).permitAll()
                        .anyRequest().authenticated())
                .authenticationProvider(signIn)
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails::new)
                        .successHandler(signInSuccess(savedRequests, devices))
                        .failureHandler(signInFailure())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                                audit.record(principal.id(), Type.SIGNED_OUT, "", request.getRemoteAddr());
                            }
                        })
                        .logoutSuccessUrl("/?signed-out"))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers(headers, CONTENT_SECURITY_POLICY))
                .build();
    }

    /**
     * Back to the page that asked for sign-in, or the learner's learning. First the session's new CSRF token is
     * made and stored, once: otherwise each page opened right after signing in (two tabs, a page and its
     * htmx calls) would make its own, the last stored would win, and the other pages' forms would be refused.
     * The browser also gets a fresh device cookie: from now on it is a device this account knows.
     */
    private static AuthenticationSuccessHandler signInSuccess(RequestCache savedRequests, DeviceCookies devices) {
        var redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/learn?signed-in"); // a learner lands on their learning
        redirect.setRequestCache(savedRequests);
        return (request, response, authentication) -> {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
                devices.issue(principal.id(), request, response);
            }
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Back to the sign-in page with a reason that never tells whether the email exists; keeps what was typed. */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> {
            if (DatabaseAvailability.isUnavailable(exception)) {
                throw new ServletException(exception); // not a wrong password: platform answers 503
            }
            String reason = switch (exception) {
                case SignInThrottledException throttled -> "throttled&wait=" + throttled.seconds();
                case DisabledException disabled -> "disabled";
                case BadCredentialsException bad -> "credentials";
                default -> "credentials";
            };
            String email = request.getParameter("email");
            if (email != null && email.length() <= 254) {
                request.getSession().setAttribute(SIGN_IN_EMAIL, email);
            }
            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
        };
    }

    /** Session attribute holding the email typed into a failed sign-in, so the form keeps it. */
    static final String SIGN_IN_EMAIL = "ascent.signInEmail"; // read by web.SignInSupport

    private static final String WRITE_SCOPE = "SCOPE_write";

    /** Administration API and operational endpoints: an administrator's token, read-write for any change. */
    private static final RequestMatcher ADMIN_API = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/v1/admin/**"), PathPatternRequestMatcher.pathPattern("/actuator/**"));

    private static RequestMatcher readOnly() {
        return (HttpServletRequest request) -> "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod());
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
