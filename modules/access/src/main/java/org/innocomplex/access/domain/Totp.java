package org.innocomplex.access.domain;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.OptionalLong;

/**
 * TOTP codes (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits, what every authenticator app does by default),
 * computed by the {@code dev.samstevens.totp} library. A code is accepted for the current step and one step either
 * side (a phone's clock a little off, a code typed as it changed), never two steps away, and only for a step after
 * the last one accepted: the same code (or an earlier one) never works twice.
 */
public final class Totp {
    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** steps accepted either side of the current one */
    public static final int WINDOW = 1;

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** the time step of an instant, in seconds since the epoch */
    public static long step(long epochSecond) {
        return Math.floorDiv(epochSecond, PERIOD_SECONDS);
    }

    /** the code of a secret at a step */
    public String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a TOTP code could not be computed", e);
        }
    }

    /**
     * The step {@code code} belongs to, when it is one of the secret's within the window around {@code epochSecond}
     * and after {@code lastUsedStep}; empty otherwise (a wrong code, one too old or too new, one used already).
     */
    public OptionalLong match(String secret, String code, long epochSecond, long lastUsedStep) {
        String typed = normalised(code);
        if (typed.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long now = step(epochSecond);
        OptionalLong found = OptionalLong.empty();
        // every step of the window is computed and compared, so the time does not tell which step matched
        for (long s = now - WINDOW; s <= now + WINDOW; s++) {
            boolean same = MessageDigest.isEqual(
                    code(secret, s).getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
            if (same && s > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    /** digits only: spaces and dashes an app shows between groups are dropped */
    static String normalised(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(DIGITS);
        for (int i = 0; i < code.length() && b.length() <= DIGITS; i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != ' ' && c != '-') {
                return "";
            }
        }
        return b.toString();
    }
}
