package dev.ascent.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in form's request says besides email and password: the client's address and its device cookie. */
class SignInDetails extends WebAuthenticationDetails {

    private final @Nullable String deviceCookie;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = DeviceCookies.presented(request);
    }

    @Nullable String deviceCookie() {
        return deviceCookie;
    }
}
