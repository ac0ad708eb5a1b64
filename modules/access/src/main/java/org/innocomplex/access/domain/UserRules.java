package org.innocomplex.access.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Scopes;
import org.innocomplex.access.api.Violation;

/**
 * What a new user must satisfy before administration creates them (the password: {@link PasswordPolicy}). Pure: the places users are scoped to come in
 * through {@link Scopes}, so the rules are testable without a database.
 */
public final class UserRules {
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";
    static final int MAX_DISPLAY_NAME = 200;

    private UserRules() {}

    /** Every violation of {@code u}; {@code usernameTaken} is the caller's database answer. */
    public static List<Violation> check(NewUser u, boolean usernameTaken, Scopes scopes, PasswordPolicy passwords) {
        List<Violation> v = checkAccount(u, usernameTaken, scopes);
        v.addAll(passwords.check(u.password(), u.username()));
        return v;
    }

    /** Everything but the password. */
    public static List<Violation> checkAccount(NewUser u, boolean usernameTaken, Scopes scopes) {
        List<Violation> v = new ArrayList<>();
        if (u.username() == null || u.username().isBlank()) {
            v.add(new Violation("username", "access.error.required"));
        } else if (!u.username().matches(USERNAME)) {
            v.add(new Violation("username", "access.error.usernameInvalid", u.username()));
        } else if (usernameTaken) {
            v.add(new Violation("username", "access.error.usernameTaken", u.username()));
        }
        if (u.displayName() == null || u.displayName().isBlank()) {
            v.add(new Violation("displayName", "access.error.required"));
        } else if (u.displayName().strip().length() > MAX_DISPLAY_NAME) {
            v.add(new Violation("displayName", "access.error.tooLong", MAX_DISPLAY_NAME));
        }
        if (u.role() == null) {
            v.add(new Violation("role", "access.error.required"));
        } else {
            checkScope(u, scopes, v);
        }
        return v;
    }

    /** Whether the role's scope is given and names a place (or complex) the registry knows; for a change of role. */
    public static List<Violation> checkScope(NewUser u, Scopes scopes) {
        List<Violation> v = new ArrayList<>();
        if (u.role() == null) {
            v.add(new Violation("role", "access.error.required"));
        } else {
            checkScope(u, scopes, v);
        }
        return v;
    }

    private static void checkScope(NewUser u, Scopes scopes, List<Violation> v) {
        String scope = u.scopeCode();
        boolean blank = scope == null || scope.isBlank();
        switch (u.role().area()) {
            case COUNTY -> {
                if (blank) {
                    v.add(new Violation("scopeCode", "access.error.scopeRequired"));
                } else if (!scopes.isCounty(scope)) {
                    v.add(new Violation("scopeCode", "access.error.unknownCounty", scope));
                }
            }
            case CITY -> {
                if (blank) {
                    v.add(new Violation("scopeCode", "access.error.scopeRequired"));
                } else if (!scopes.isCity(scope)) {
                    v.add(new Violation("scopeCode", "access.error.unknownCity", scope));
                }
            }
            case PROVINCE -> {
                if (blank) {
                    v.add(new Violation("scopeCode", "access.error.scopeRequired"));
                } else if (!scopes.isProvince(scope)) {
                    v.add(new Violation("scopeCode", "access.error.unknownProvince", scope));
                }
            }
            case COMPLEX -> {
                if (u.complexId() == null) {
                    v.add(new Violation("complexId", "access.error.complexRequired"));
                    return;
                }
                Optional<String> county = scopes.countyOfComplex(u.complexId());
                if (county.isEmpty()) {
                    v.add(new Violation("complexId", "access.error.unknownComplex", String.valueOf(u.complexId())));
                } else if (!county.get().equals(scope)) {
                    // an operator's county is their complex's: the county review of their reports is routed by it
                    v.add(new Violation("scopeCode", "access.error.scopeNotComplexCounty"));
                }
            }
            case ALL, NONE -> {
                if (!blank || u.complexId() != null) {
                    v.add(new Violation("scopeCode", "access.error.noScopeForRole"));
                }
            }
        }
    }

    /** A plausible address: one @, something on both sides, a dot in the domain, no spaces; at most 200 chars. */
    public static boolean isEmail(String s) {
        return s != null && s.length() <= 200 && s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
