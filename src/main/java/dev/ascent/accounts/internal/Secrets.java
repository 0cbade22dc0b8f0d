package dev.ascent.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets for API tokens and one-time links, and their SHA-256 digests. A 256-bit random
 * secret needs no slow hash: storing only its digest already makes a stolen table useless.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
