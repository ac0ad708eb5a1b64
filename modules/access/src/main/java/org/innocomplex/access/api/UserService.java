package org.innocomplex.access.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users and their scopes. Every change is the security administrator's ({@link Role#SECURITY_ADMIN}, checked here
 * whatever the page showed: the system administrator keeps the programme, not its accounts), validated, and recorded
 * in the {@link AuditTrail} in the same transaction.
 */
public interface UserService {

    Optional<Actor> find(String username);

    /**
     * @throws NotAuthorizedException {@code access.error.only.SECURITY_ADMIN} unless {@code admin} is a security
     *                                administrator
     * @throws ValidationException    for each field at fault (username taken or malformed, scope, complex, password
     *                                by the {@link SecurityPolicy})
     */
    Actor create(Actor admin, NewUser user);

    /**
     * The first users of an empty installation (the demo's), created without an administrator because there is none
     * yet, and without the password-length rule because the demo's printed password predates it.
     *
     * @throws DomainException {@code access.error.alreadySeeded} once any user exists, so this is no way around
     *                         user administration
     */
    List<Actor> seed(List<NewUser> users);

    /**
     * The first account of a production installation, a security administrator (who then creates the system
     * administrator, the auditor and everyone else), from the operator's configuration: created only while there is
     * no user at all, so a configured password can never reset anyone later.
     *
     * @return the security administrator, or empty when users exist already
     * @throws ValidationException when the name or the password breaks the account rules
     */
    Optional<Actor> createFirstAdministrator(String username, char[] password);

    /** @throws NotAuthorizedException unless {@code admin} is a security administrator */
    List<UserSummary> find(Actor admin, UserFilter filter, UserSort sort, boolean ascending, int first, int max);

    /** @throws NotAuthorizedException unless {@code admin} is a security administrator */
    long count(Actor admin, UserFilter filter);

    /**
     * Deactivates (no more logins, open sessions lose access on their next request) or reactivates a user.
     *
     * @throws DomainException {@code access.error.cannotDeactivateSelf} when an administrator would lock themselves
     *                         out
     */
    UserSummary setActive(Actor admin, String username, boolean active);

    /**
     * Gives a user another role and scope; audited with before and after.
     *
     * @throws NotAuthorizedException {@code access.error.ownRole} for the caller's own account: no one changes their
     *                                own duties
     * @throws ValidationException    when the scope does not fit the role
     */
    UserSummary changeRole(Actor securityAdmin, String username, Role role, String scopeCode, Long complexId);

    /**
     * Another user's new password, chosen by the security administrator: by the {@link SecurityPolicy} (not one of the
     * user's last passwords either), and changed by its owner at their next login when the policy says so.
     *
     * @throws ValidationException {@code password} when the new password breaks the rules
     */
    void resetPassword(Actor admin, String username, char[] password);

    /** Display names by username, for lists and histories; unknown names map to themselves. */
    Map<String, String> displayNames(Collection<String> usernames);

    long count();

    /**
     * The active users a workflow candidate group stands for, the inverse of {@link Actor#groups()}
     * ({@link CandidateGroup}, including a province); for notifications.
     * An unknown or malformed group has no members.
     */
    List<String> usernamesInGroup(String group);

    /** E-mail addresses by username, of those active users that have one. */
    Map<String, String> emails(Collection<String> usernames);

    /**
     * Sets or (blank) clears a user's e-mail address.
     *
     * @throws NotAuthorizedException unless {@code admin} is a security administrator
     * @throws ValidationException    {@code email} when it is not an address
     */
    void setEmail(Actor admin, String username, String email);
}
