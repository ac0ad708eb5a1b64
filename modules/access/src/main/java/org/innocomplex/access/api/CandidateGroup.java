package org.innocomplex.access.api;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A workflow candidate group: the one place where the scheme {@code complex:<id>}, {@code county:<code>},
 * {@code municipal:<code>}, {@code province:<code>} and {@code admin} is written, parsed and climbed. Roles become
 * groups in {@link Actor#groups()}, the BPMN names them (with a process variable or a literal code), the users of a
 * group are found by {@link UserService#usernamesInGroup}, and an overdue step goes {@link #escalation one level up}.
 *
 * @param scope the complex id or the six-digit area code; null for {@link Kind#ADMIN}
 */
public record CandidateGroup(Kind kind, String scope) implements java.io.Serializable {
    private static final Pattern AREA = Pattern.compile("\\d{6}");
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,18}");

    public enum Kind {
        COMPLEX("complex", Role.OPERATOR, "complexId"),
        COUNTY("county", Role.COUNTY_OFFICIAL, "countyCode"),
        MUNICIPAL("municipal", Role.MUNICIPAL_OFFICIAL, "cityCode"),
        PROVINCE("province", Role.PROVINCIAL_OFFICIAL, null),
        ADMIN("admin", Role.ADMIN, null);

        private final String prefix;
        private final Role role;
        private final String variable;

        Kind(String prefix, Role role, String variable) {
            this.prefix = prefix;
            this.role = role;
            this.variable = variable;
        }

        public String prefix() {
            return prefix;
        }

        /** The role whose holders belong to a group of this kind (with the group's scope). */
        public Role role() {
            return role;
        }

        /**
         * The process variable every appraisal starts with that names this kind's scope, e.g. {@code countyCode};
         * empty where none does (no variable carries the province) and the BPMN writes the code itself.
         */
        public Optional<String> variable() {
            return Optional.ofNullable(variable);
        }

        /** How the BPMN writes this kind's group for the appraisal at hand, e.g. {@code county:${countyCode}}. */
        public Optional<String> expression() {
            return variable().map(v -> prefix + ":${" + v + "}");
        }
    }

    public CandidateGroup {
        if (kind == null) {
            throw new IllegalArgumentException("a candidate group needs a kind");
        }
        // the scope's shape is checked where a group is read from text (parse); roles carry what the registry gave
        if (kind == Kind.ADMIN ? scope != null : scope == null || scope.isBlank() || scope.indexOf(':') >= 0) {
            throw new IllegalArgumentException("not a scope of " + kind.prefix + ": " + scope);
        }
    }

    public static CandidateGroup complex(long complexId) {
        return new CandidateGroup(Kind.COMPLEX, Long.toString(complexId));
    }

    public static CandidateGroup county(String code) {
        return new CandidateGroup(Kind.COUNTY, code);
    }

    public static CandidateGroup municipal(String code) {
        return new CandidateGroup(Kind.MUNICIPAL, code);
    }

    public static CandidateGroup province(String code) {
        return new CandidateGroup(Kind.PROVINCE, code);
    }

    public static CandidateGroup admins() {
        return new CandidateGroup(Kind.ADMIN, null);
    }

    /** The group a string names, if it follows the scheme; anything else (a typo, another product's group) is empty. */
    public static Optional<CandidateGroup> parse(String group) {
        if (group == null) {
            return Optional.empty();
        }
        int colon = group.indexOf(':');
        String prefix = colon < 0 ? group : group.substring(0, colon);
        for (Kind k : Kind.values()) {
            if (k.prefix.equals(prefix)) {
                String scope = colon < 0 ? null : group.substring(colon + 1);
                boolean fits = k == Kind.ADMIN
                        ? scope == null
                        : scope != null
                                && (k == Kind.COMPLEX ? ID : AREA)
                                        .matcher(scope)
                                        .matches();
                return fits ? Optional.of(new CandidateGroup(k, scope)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Who hears of an overdue step of this group: a complex's late report goes to its county, a county's late review
     * to its city; above the municipal bureau (and the province, which steps in only where an administrator routed
     * it) there is only the administrator of the installation.
     */
    public CandidateGroup escalation(String countyCode, String cityCode) {
        return switch (kind) {
            case COMPLEX -> county(countyCode);
            case COUNTY -> municipal(cityCode);
            case MUNICIPAL, PROVINCE, ADMIN -> admins();
        };
    }

    @Override
    public String toString() {
        return scope == null ? kind.prefix : kind.prefix + ":" + scope;
    }
}
