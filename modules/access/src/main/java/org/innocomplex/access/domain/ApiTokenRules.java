package org.innocomplex.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.innocomplex.access.api.PlainText;
import org.innocomplex.access.api.Violation;

/**
 * What a personal API token is: {@code ic_} and a {@link RandomKeys} key (32 random bytes in URL-safe Base64, 43
 * characters), 46 characters in all. The prefix makes a leaked token recognisable (secret scanners, log reviews); the
 * 256 random bits make guessing hopeless, so a token needs no slow hash: it is kept as its SHA-256 and found by that
 * hash in a unique index, which costs microseconds and no CPU worth attacking.
 */
public final class ApiTokenRules {
    public static final String PREFIX = "ic_";
    /** {@code ic_} + 43 characters of unpadded URL-safe Base64 */
    public static final int LENGTH = PREFIX.length() + 43;
    /** how much of a token its owner sees again in the list: the prefix and five characters */
    static final int HINT = PREFIX.length() + 5;

    public static final int MAX_NAME = 100;

    private ApiTokenRules() {}

    /** A new token, shown to its owner once and never stored. */
    public static String newToken(SecureRandom random) {
        return PREFIX + RandomKeys.next(random);
    }

    /** Whether a presented text can be a token at all; anything else is refused without a database lookup. */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The stored form: SHA-256 of the token's characters, 64 lower-case hex digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static String hint(String token) {
        return token.substring(0, HINT);
    }

    /**
     * The refusals of a new token's name and lifetime.
     *
     * @param days    the lifetime asked for, in days
     * @param maxDays the longest lifetime the installation allows
     */
    public static List<Violation> check(String name, int days, int maxDays) {
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(new Violation("name", "access.error.required"));
        } else if (name.strip().length() > MAX_NAME) {
            v.add(new Violation("name", "access.error.tooLong", MAX_NAME));
        } else {
            PlainText.check("name", name, false).ifPresent(v::add);
        }
        if (days < 1 || days > maxDays) {
            v.add(new Violation("days", "access.tokens.error.days", 1, maxDays));
        }
        return v;
    }
}
