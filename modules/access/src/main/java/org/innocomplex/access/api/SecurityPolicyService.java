package org.innocomplex.access.api;

/**
 * The security policy in force ({@link SecurityPolicy}): read by every path that sets a password or logs a user in,
 * changed by the security administrator only, audited.
 */
public interface SecurityPolicyService {

    /** the policy now: the settings saved by a security administrator, the rest from configuration */
    SecurityPolicy current();

    /**
     * @throws NotAuthorizedException {@code access.error.only.SECURITY_ADMIN} unless a security administrator
     * @throws ValidationException    for each value out of its bounds
     */
    SecurityPolicy update(Actor securityAdmin, SecurityPolicy policy);
}
