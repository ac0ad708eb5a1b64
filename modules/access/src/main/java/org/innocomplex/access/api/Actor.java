package org.innocomplex.access.api;

import java.util.Optional;
import java.util.Set;

/**
 * The user on whose behalf something happens, with the scope their role has.
 *
 * <p>{@link #groups()} is where roles and scopes become the workflow's {@link CandidateGroup}s; experts get tasks by
 * assignee (their username) instead of a group.
 *
 * @param scopeCode county code for county officials and operators, city code for municipal officials
 * @param complexId the complex an operator reports for, else null
 */
public record Actor(String username, String displayName, Role role, String scopeCode, Long complexId) implements java.io.Serializable {

    public Set<String> groups() {
        return group().map(g -> Set.of(g.toString())).orElse(Set.of());
    }

    /** The candidate group the role and scope make; none for experts, or where the scope is missing. */
    public Optional<CandidateGroup> group() {
        boolean scoped = scopeCode != null && !scopeCode.isBlank();
        return Optional.ofNullable(switch (role) {
            case OPERATOR -> complexId == null ? null : CandidateGroup.complex(complexId);
            case COUNTY_OFFICIAL -> scoped ? CandidateGroup.county(scopeCode) : null;
            case MUNICIPAL_OFFICIAL -> scoped ? CandidateGroup.municipal(scopeCode) : null;
            case PROVINCIAL_OFFICIAL -> scoped ? CandidateGroup.province(scopeCode) : null;
            case ADMIN -> CandidateGroup.admins();
            case EXPERT -> null;
        });
    }

    public boolean is(Role r) {
        return role == r;
    }
}
