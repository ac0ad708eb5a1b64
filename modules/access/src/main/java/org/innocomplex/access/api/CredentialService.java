package org.innocomplex.access.api;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A user's own credentials beyond the login itself: changing the password (by the policy, not one of the last N),
 * what a login must do before it reaches the application ({@link Obligation}), and the TOTP second factor: enrolment
 * by QR code, confirmed with a first code, ten recovery codes shown once; a security administrator's reset of
 * someone's second factor. Every change, use and refusal is in the {@link AuditTrail}.
 */
public interface CredentialService {

    /** how many recovery codes an enrolment gives */
    int RECOVERY_CODES = 10;

    /**
     * The user's own change: the current password proves it is them, the new one follows the policy.
     *
     * @throws ValidationException {@code currentPassword} when wrong, {@code newPassword} for each rule it breaks
     */
    void changePassword(Actor self, char[] currentPassword, char[] newPassword);

    /** what the user must do before reaching the application, in that order; empty when nothing */
    Set<Obligation> obligations(String username);

    /** days until the password expires when that is within the policy's warning, else empty */
    OptionalLong passwordExpiresInDays(String username);

    /** a new secret for the user to add to their app; nothing stored yet */
    SecondFactorEnrolment startEnrolment(Actor self);

    /**
     * Stores the secret (sealed) once a code of it is right, replacing any earlier factor and its recovery codes.
     *
     * @return the recovery codes, shown once and kept as SHA-256 only
     * @throws ValidationException {@code code} when the code is not one of the secret's now
     */
    List<String> confirmEnrolment(Actor self, SecondFactorEnrolment enrolment, String code);

    boolean hasSecondFactor(String username);

    /** the users among {@code usernames} who have a second factor */
    Set<String> withSecondFactor(Collection<String> usernames);

    /** recovery codes the user has not used */
    int recoveryCodesLeft(String username);

    /**
     * Removes a user's second factor and recovery codes (a lost phone); they enrol again at their next login when
     * their role requires it.
     *
     * @throws NotAuthorizedException {@code access.error.only.SECURITY_ADMIN} unless a security administrator
     */
    void resetSecondFactor(Actor securityAdmin, String username);
}
