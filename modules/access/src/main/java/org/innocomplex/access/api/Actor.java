package org.innocomplex.access.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The user on whose behalf something happens, with the scope their role has.
 *
 * <p>{@link #groups()} is where roles and scopes become the workflow's {@link CandidateGroup}s; experts get tasks by
 * assignee (their username) instead of a group.
 *
 * <p>What the scope covers (the counties of a city, the cities of a province) is the registry's {@code ActorScope}.
 *
 * @param scopeCode county code for county officials and operators, city code for municipal officials, province code
 *                  for provincial officials ({@link Role#area()})
 * @param complexId the complex an operator reports for, else null
 */
public record Actor(String username, String displayName, Role role, String scopeCode, Long complexId)
        implements java.io.Serializable {

    public Set<String> groups() {
        return group().map(g -> Set.of(g.toString())).orElse(Set.of());
    }

    /** The candidate group the role and scope make; none for experts, or where the scope is missing. */
    public Optional<CandidateGroup> group() {
        boolean scoped = scopeCode != null && !scopeCode.isBlank();
        return Optional.ofNullable(
                switch (role.area()) {
                    case COMPLEX -> complexId == null ? null : CandidateGroup.complex(complexId);
                    case COUNTY -> scoped ? CandidateGroup.county(scopeCode) : null;
                    case CITY -> scoped ? CandidateGroup.municipal(scopeCode) : null;
                    case PROVINCE -> scoped ? CandidateGroup.province(scopeCode) : null;
                    case ALL -> CandidateGroup.admins();
                    case NONE -> null;
                });
    }

    /**
     * Whether this is an operator of that complex: the one who fills, and answers for, its reports, evidence and
     * guidance follow-ups.
     */
    public boolean operates(Long complex) {
        return role.area() == Area.COMPLEX && complexId != null && complexId.equals(complex);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /**
     * The one check of a duty held by one role (accounts by the security administrator, the audit by the auditor):
     * the actor, or a refusal naming the duty in the user's language ({@code access.error.only.<ROLE>}).
     *
     * @throws NotAuthorizedException unless {@code actor} holds {@code role}
     */
    public static Actor requireRole(Actor actor, Role role) {
        if (actor == null || !actor.is(role)) {
            throw new NotAuthorizedException(
                    Objects.requireNonNull(ONLY.get(role), () -> role + " is no duty of its own"));
        }
        return actor;
    }

    /** the refusal of each duty held by one role alone */
    private static final Map<Role, String> ONLY = Map.of(
            Role.ADMIN, "access.error.only.ADMIN",
            Role.SECURITY_ADMIN, "access.error.only.SECURITY_ADMIN",
            Role.AUDITOR, "access.error.only.AUDITOR");
}
