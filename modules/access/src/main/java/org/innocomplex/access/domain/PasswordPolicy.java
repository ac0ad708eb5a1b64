package org.innocomplex.access.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.Violation;

/**
 * The rules a new password must pass, and when a password expires ({@link SecurityPolicy}): pure, so that they are
 * tested without a database. Whether it is one of the user's last passwords needs their hashes: {@link #reused}.
 */
public final class PasswordPolicy {
    static final String FIELD = "password";

    private final SecurityPolicy policy;

    public PasswordPolicy(SecurityPolicy policy) {
        this.policy = policy;
    }

    /** Every rule {@code password} breaks for the user {@code username}, in the given field. */
    public List<Violation> check(char[] password, String username, String field) {
        List<Violation> v = new ArrayList<>();
        if (password == null || password.length == 0) {
            v.add(new Violation(field, "access.error.required"));
            return v;
        }
        if (password.length > SecurityPolicy.MAX_LENGTH) {
            v.add(new Violation(field, "access.error.tooLong", SecurityPolicy.MAX_LENGTH));
            return v;
        }
        if (password.length < policy.minLength()) {
            v.add(new Violation(field, "access.error.passwordTooShort", policy.minLength()));
        } else if (password.length < policy.passphraseLength() && classes(password) < policy.minClasses()) {
            v.add(new Violation(
                    field, "access.error.passwordTooSimple", policy.minClasses(), policy.passphraseLength()));
        }
        if (username != null && !username.isBlank()) {
            String lower = new String(password).toLowerCase(Locale.ROOT);
            if (lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
                v.add(new Violation(field, "access.error.passwordIsUsername"));
            }
        }
        return v;
    }

    public List<Violation> check(char[] password, String username) {
        return check(password, username, FIELD);
    }

    /** the refusal of a password that is one of the user's last {@link SecurityPolicy#history()} */
    public Violation reused(String field) {
        return new Violation(field, "access.error.passwordReused", policy.history());
    }

    /** how many of the four classes (lower case, upper case, digits, anything else) the password has characters of */
    static int classes(char[] password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (char c : password) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** whether a password set at {@code changedAt} has expired at {@code now} (never when the policy has no maximum) */
    public boolean expired(LocalDateTime changedAt, LocalDateTime now) {
        return policy.maxAgeDays() > 0 && changedAt != null && !now.isBefore(expiresAt(changedAt));
    }

    /** the whole days left before expiry, when within the warning period and not yet expired */
    public OptionalLong daysLeftToWarn(LocalDateTime changedAt, LocalDateTime now) {
        if (policy.maxAgeDays() <= 0 || changedAt == null || expired(changedAt, now)) {
            return OptionalLong.empty();
        }
        Duration left = Duration.between(now, expiresAt(changedAt));
        long days = (left.toHours() + 23) / 24;
        return days <= policy.warnDays() ? OptionalLong.of(days) : OptionalLong.empty();
    }

    private LocalDateTime expiresAt(LocalDateTime changedAt) {
        return changedAt.plusDays(policy.maxAgeDays());
    }
}
