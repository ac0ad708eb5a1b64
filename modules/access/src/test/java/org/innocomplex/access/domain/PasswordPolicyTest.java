package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password rules with the WAR's defaults: at least 8, and 3 of 4 classes unless at least 12 long. */
class PasswordPolicyTest {
    static final SecurityPolicy DEFAULTS =
            new SecurityPolicy(8, 3, 12, 5, 180, 14, true, Set.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR));
    final PasswordPolicy policy = new PasswordPolicy(DEFAULTS);

    List<String> keys(String password, String username) {
        return policy.check(password.toCharArray(), username).stream()
                .map(Violation::key)
                .toList();
    }

    @Test
    void theDemoPasswordPasses() {
        assertThat(keys("Demo@2026", "admin")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1$xyz", "a", "Aa1"})
    void shorterThanTheMinimumIsRefused(String password) {
        assertThat(policy.check(password.toCharArray(), "someone"))
                .containsExactly(new Violation("password", "access.error.passwordTooShort", 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "abcdefgh12", "ABCDEFGH12", "abcdefghijk"})
    void aShortPasswordOfFewerThanThreeClassesIsRefused(String password) {
        assertThat(policy.check(password.toCharArray(), "someone"))
                .containsExactly(new Violation("password", "access.error.passwordTooSimple", 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh1A", "abcdefgh1!", "ABCDEFGH!x", "密码是长的Abc1"})
    void threeClassesAreEnough(String password) {
        assertThat(keys(password, "someone")).isEmpty();
    }

    @Test
    void aPassphraseOfTwelveNeedsNoClasses() {
        assertThat(keys("correcthorse", "someone")).isEmpty();
        assertThat(keys("correct horse battery", "someone")).isEmpty();
    }

    @Test
    void thePasswordMayNotContainTheLoginNameInAnyCase() {
        assertThat(keys("Expert-0042!", "EXPERT-0042")).containsExactly("access.error.passwordIsUsername");
        assertThat(keys("My#county-jinyun1", "county-jinyun")).containsExactly("access.error.passwordIsUsername");
    }

    @Test
    void emptyAndTooLongAreRefused() {
        assertThat(keys("", "x")).containsExactly("access.error.required");
        assertThat(keys("Aa1!".repeat(33), "x")).containsExactly("access.error.tooLong");
    }

    @Test
    void aPasswordExpiresAfterTheMaximumAgeWithAWarningBefore() {
        LocalDateTime set = LocalDateTime.of(2026, 1, 1, 8, 0);
        assertThat(policy.expired(set, set.plusDays(179))).isFalse();
        assertThat(policy.expired(set, set.plusDays(180))).isTrue();
        assertThat(policy.daysLeftToWarn(set, set.plusDays(100))).isEmpty();
        assertThat(policy.daysLeftToWarn(set, set.plusDays(166))).isEqualTo(OptionalLong.of(14));
        assertThat(policy.daysLeftToWarn(set, set.plusDays(179).plusHours(12))).isEqualTo(OptionalLong.of(1));
        assertThat(policy.daysLeftToWarn(set, set.plusDays(180)))
                .as("expired: no warning")
                .isEmpty();
    }

    @Test
    void withoutAMaximumAgeNothingExpires() {
        PasswordPolicy never = new PasswordPolicy(new SecurityPolicy(8, 3, 12, 5, 0, 14, true, Set.of()));
        LocalDateTime set = LocalDateTime.of(2016, 1, 1, 8, 0);
        assertThat(never.expired(set, set.plusYears(10))).isFalse();
        assertThat(never.daysLeftToWarn(set, set.plusYears(10))).isEmpty();
    }

    @Test
    void aPolicyOutOfBoundsIsRefusedByField() {
        SecurityPolicy bad = new SecurityPolicy(4, 5, 2, -1, 10, 10, true, Set.of());
        assertThat(bad.violations())
                .extracting(Violation::field)
                .containsExactly("minLength", "minClasses", "passphraseLength", "history", "warnDays");
        assertThat(DEFAULTS.violations()).isEmpty();
    }
}
