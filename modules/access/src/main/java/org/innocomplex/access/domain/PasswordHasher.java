package org.innocomplex.access.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256$iterations$salt$hash} (Base64).
 *
 * <p>The iteration count is stored with each hash so that raising it later does not lock anyone out; 600,000 is
 * OWASP's 2023 floor for this algorithm. The JDK's own PBKDF2 does the work; this class only frames it.
 */
public final class PasswordHasher {
    public static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** For tests only: fewer iterations keep unit tests fast; production always uses {@link #ITERATIONS}. */
    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public boolean verify(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int n;
        try {
            n = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt;
        byte[] expected;
        try {
            salt = b64.decode(parts[2]);
            expected = b64.decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // PBEKeySpec refuses these with IllegalArgumentException: a corrupt hash is a failed login, not an error
        if (n < 1 || salt.length == 0 || expected.length == 0) {
            return false;
        }
        byte[] actual = derive(password, salt, n);
        return MessageDigest.isEqual(expected, actual);
    }

    /** @return the iteration count a stored hash was made with, or -1 when it is not one of ours */
    public static int iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length == 4 && PREFIX.equals(parts[0]) ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
