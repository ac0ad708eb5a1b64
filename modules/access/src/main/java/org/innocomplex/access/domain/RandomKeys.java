package org.innocomplex.access.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one shape of an unguessable key here: 32 bytes from {@link SecureRandom} (256 bits, beyond any guessing), in
 * URL-safe Base64 without padding (43 characters), so that it travels in a cookie, a header or a form field as it is.
 * API tokens, session keys and the login's second-step tickets are such keys.
 */
public final class RandomKeys {
    static final int BYTES = 32;

    private RandomKeys() {}

    public static String next(SecureRandom random) {
        byte[] b = new byte[BYTES];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
