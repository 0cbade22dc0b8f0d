package dev.ascent.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The device cookie of OWASP's authentication cheat sheet: after a successful sign-in the browser
 * gets a signed, HttpOnly cookie naming the account, valid for a year. A browser that presents a
 * valid one for the account it signs in to is a device the account has used before: its failures
 * count against that device only, so strangers locking the account out for unknown browsers do
 * not lock out its owner. The signing key lives in PostgreSQL, shared by every instance.
 */
@Component
class DeviceCookies {

    static final String NAME = "ascent_device";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String PURPOSE = "device-cookie";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private volatile byte @Nullable [] key;

    DeviceCookies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the browser a new device cookie for this account (only the sign-in form ever reads it). */
    void issue(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = accountId + "." + BASE64.encodeToString(nonce) + "." + clock.instant().getEpochSecond();
        ResponseCookie cookie = ResponseCookie.from(NAME, payload + "." + sign(payload))
                .path(request.getContextPath() + "/sign-in")
                .maxAge(LIFETIME)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** The device cookie the request carries, as sent; read before sign-in, checked against the account after. */
    static @Nullable String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 200) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /**
     * The device's identity when the cookie is genuine, names this account and is less than a year old;
     * empty for anything else (no cookie, another account's, forged, expired, garbled).
     */
    Optional<String> device(UUID accountId, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4 || lastDot <= 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, lastDot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (!UUID.fromString(parts[0]).equals(accountId) || issued.plus(LIFETIME).isBefore(clock.instant())) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared key: the first instance to need it makes it; every other one reads that one. */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into accounts.signing_keys (purpose, secret) values (:purpose, :secret) on conflict (purpose) do nothing")
                .param("purpose", PURPOSE).param("secret", fresh).update();
        known = jdbc.sql("select secret from accounts.signing_keys where purpose = :purpose")
                .param("purpose", PURPOSE).query(byte[].class).single();
        key = known;
        return known;
    }
}
