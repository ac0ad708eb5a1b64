package org.innocomplex.access.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The password and second-factor policy the security administrator edits ({@link SecurityPolicyService}); each value
 * starts as its {@code innocomplex.password.*} / {@code innocomplex.second-factor.*} configuration (README, "Passwords
 * and second factor").
 *
 * <p>A password is at least {@code minLength} long, and either at least {@code passphraseLength} long or made of
 * characters of at least {@code minClasses} of the four classes (lower case, upper case, digits, others); it is not the
 * login name nor contains it (ignoring case), and is none of the user's last {@code history} passwords. It expires
 * {@code maxAgeDays} after it was set (0: never), with a warning from {@code warnDays} before.
 *
 * @param changeAtFirstLogin whether a password someone else set (a new account, a reset) must be changed at the
 *                           owner's next login
 * @param secondFactorRoles  the roles whose holders must log in with a second factor (TOTP)
 */
public record SecurityPolicy(
        int minLength,
        int minClasses,
        int passphraseLength,
        int history,
        int maxAgeDays,
        int warnDays,
        boolean changeAtFirstLogin,
        Set<Role> secondFactorRoles)
        implements Serializable {

    /** bounds the page and the service enforce */
    public static final int MIN_LENGTH_FLOOR = 8;

    public static final int MAX_LENGTH = 128;
    public static final int MAX_HISTORY = 24;
    public static final int MAX_AGE_DAYS = 3650;

    public SecurityPolicy {
        secondFactorRoles = secondFactorRoles == null || secondFactorRoles.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(secondFactorRoles));
    }

    public boolean requiresSecondFactor(Role role) {
        return role != null && secondFactorRoles.contains(role);
    }

    /** the same policy with other second-factor roles */
    public SecurityPolicy withSecondFactorRoles(Set<Role> roles) {
        return new SecurityPolicy(
                minLength, minClasses, passphraseLength, history, maxAgeDays, warnDays, changeAtFirstLogin, roles);
    }

    /** the same policy with another rule for passwords someone else set */
    public SecurityPolicy withChangeAtFirstLogin(boolean change) {
        return new SecurityPolicy(
                minLength, minClasses, passphraseLength, history, maxAgeDays, warnDays, change, secondFactorRoles);
    }

    /** what is wrong with the policy itself: each value out of its bounds, by field */
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        if (minLength < MIN_LENGTH_FLOOR || minLength > MAX_LENGTH) {
            v.add(new Violation("minLength", "access.policy.error.range", MIN_LENGTH_FLOOR, MAX_LENGTH));
        }
        if (minClasses < 1 || minClasses > 4) {
            v.add(new Violation("minClasses", "access.policy.error.range", 1, 4));
        }
        if (passphraseLength < minLength || passphraseLength > MAX_LENGTH) {
            v.add(new Violation("passphraseLength", "access.policy.error.range", Math.max(minLength, 1), MAX_LENGTH));
        }
        if (history < 0 || history > MAX_HISTORY) {
            v.add(new Violation("history", "access.policy.error.range", 0, MAX_HISTORY));
        }
        if (maxAgeDays < 0 || maxAgeDays > MAX_AGE_DAYS) {
            v.add(new Violation("maxAgeDays", "access.policy.error.range", 0, MAX_AGE_DAYS));
        }
        if (warnDays < 0 || (maxAgeDays > 0 && warnDays >= maxAgeDays)) {
            v.add(new Violation("warnDays", "access.policy.error.warnDays"));
        }
        return v;
    }
}
