package org.innocomplex.access.api;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The user on whose behalf something happens, with the scope their role has.
 *
 * <p>{@link #groups()} is the one place where roles and scopes become the workflow's candidate groups
 * ({@code complex:<id>}, {@code county:<code>}, {@code municipal:<code>}, {@code province:<code>}, {@code admin}); experts get tasks by
 * assignee (their username) instead of a group.
 *
 * @param scopeCode county code for county officials and operators, city code for municipal officials
 * @param complexId the complex an operator reports for, else null
 */
public record Actor(String username, String displayName, Role role, String scopeCode, Long complexId) implements java.io.Serializable {

    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        switch (role) {
            case OPERATOR -> { if (complexId != null) groups.add("complex:" + complexId); }
            case COUNTY_OFFICIAL -> groups.add("county:" + scopeCode);
            case MUNICIPAL_OFFICIAL -> groups.add("municipal:" + scopeCode);
            case PROVINCIAL_OFFICIAL -> groups.add("province:" + scopeCode);
            case ADMIN -> groups.add("admin");
            case EXPERT -> { }
        }
        return Set.copyOf(groups);
    }

    public boolean is(Role r) {
        return role == r;
    }
}
