package org.innocomplex.access.api;

import java.io.Serializable;

/**
 * A second factor being enrolled, not yet confirmed: the secret (Base32, as authenticator apps take it typed in), its
 * {@code otpauth://} URI and that URI as a QR code ({@code data:image/png;base64,…}). Nothing is stored until the
 * user confirms it with a first code ({@link CredentialService#confirmEnrolment}).
 */
public record SecondFactorEnrolment(String secret, String uri, String qrDataUri) implements Serializable {
    @Override
    public String toString() {
        return "SecondFactorEnrolment[…]";
    }
}
