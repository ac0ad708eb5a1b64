package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.innocomplex.access.api.LoginOutcome;
import org.innocomplex.access.api.LoginOutcome.Kind;
import org.junit.jupiter.api.Test;

class LoginFailureTest {
    static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15), 20, Duration.ofSeconds(1));
    static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 8, 0);

    @Test
    void theDelayDoublesWithEachFailureUpToACap() {
        assertThat(POLICY.delayAfter(0)).isZero();
        assertThat(POLICY.delayAfter(1)).hasSeconds(1);
        assertThat(POLICY.delayAfter(2)).hasSeconds(2);
        assertThat(POLICY.delayAfter(4)).hasSeconds(8);
        assertThat(POLICY.delayAfter(40)).isEqualTo(LoginPolicy.MAX_DELAY);
        assertThat(new LoginPolicy(5, Duration.ofMinutes(1), 20, Duration.ZERO).delayAfter(3))
                .isZero();
    }

    @Test
    void afterAFailureTheNextAttemptWaitsAndTheFifthFailureLocksForTheLockTime() {
        LoginFailure f = new LoginFailure(LoginFailure.Kind.ACCOUNT, "op-jinyun", T0);
        LocalDateTime t = T0;
        for (int i = 1; i <= 4; i++) {
            assertThat(f.refusal(POLICY, t)).as("attempt %d", i).isNull();
            f.claim(t);
            assertThat(f.failed(POLICY, t)).isFalse();
            LoginOutcome early = f.refusal(POLICY, t.plus(POLICY.delayAfter(i)).minusNanos(1));
            assertThat(early.kind()).isEqualTo(Kind.DELAYED);
            t = t.plus(POLICY.delayAfter(i));
        }
        f.claim(t);
        assertThat(f.failed(POLICY, t)).isTrue();
        assertThat(f.lockedUntil()).isEqualTo(t.plusMinutes(15));
        assertThat(f.refusal(POLICY, t.plusMinutes(14)).kind()).isEqualTo(Kind.LOCKED);

        // when the lock has run out, the name starts over
        f.expire(POLICY, t.plusMinutes(15));
        assertThat(f.failures()).isZero();
        assertThat(f.refusal(POLICY, t.plusMinutes(15))).isNull();
    }

    @Test
    void theDelayRunsFromTheFailureNotFromTheClaimBeforeTheCheck() {
        LoginFailure f = new LoginFailure(LoginFailure.Kind.ACCOUNT, "op-longquan", T0);
        f.claim(T0);
        // the password check took 800 ms
        f.failed(POLICY, T0.plusNanos(800_000_000));
        assertThat(f.refusal(POLICY, T0.plusSeconds(1)).kind()).isEqualTo(Kind.DELAYED);
        assertThat(f.refusal(POLICY, T0.plusNanos(1_800_000_000))).isNull();
    }

    @Test
    void parallelAttemptsAreCountedBeforeTheyAreCheckedSoNoneSlipsPastTheDelay() {
        LoginFailure f = new LoginFailure(LoginFailure.Kind.ACCOUNT, "municipal", T0);
        f.claim(T0);
        // a second attempt while the first is still being checked
        assertThat(f.refusal(POLICY, T0.plusNanos(1000)).kind()).isEqualTo(Kind.DELAYED);
        // the first was right: no delay remains
        f.succeeded();
        assertThat(f.refusal(POLICY, T0.plusNanos(2000))).isNull();
    }

    @Test
    void anAddressHasNoDelayButLocksAtItsOwnLimitCountingAttemptsInFlight() {
        LoginFailure a = new LoginFailure(LoginFailure.Kind.ADDRESS, "203.0.113.7", T0);
        for (int i = 0; i < 19; i++) {
            a.claim(T0);
            a.failed(POLICY, T0);
            assertThat(a.refusal(POLICY, T0)).isNull();
        }
        a.claim(T0);
        // the twentieth is in flight: a twenty-first is refused already
        assertThat(a.refusal(POLICY, T0).kind()).isEqualTo(Kind.ADDRESS_LOCKED);
        assertThat(a.failed(POLICY, T0)).isTrue();
        assertThat(a.refusal(POLICY, T0.plusMinutes(10)).kind()).isEqualTo(Kind.ADDRESS_LOCKED);
        // a right password from the address gives back only its own claim
        LoginFailure b = new LoginFailure(LoginFailure.Kind.ADDRESS, "203.0.113.8", T0);
        b.claim(T0);
        b.failed(POLICY, T0);
        b.claim(T0);
        b.succeeded();
        assertThat(b.failures()).isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheLockTimeAreForgottenAndAnUnlockStartsOver() {
        LoginFailure f = new LoginFailure(LoginFailure.Kind.ACCOUNT, "county-jinyun", T0);
        f.claim(T0);
        f.claim(T0.plusSeconds(5));
        f.expire(POLICY, T0.plusSeconds(5).plusMinutes(15));
        assertThat(f.failures()).isZero();

        for (int i = 0; i < 5; i++) {
            f.claim(T0);
        }
        f.failed(POLICY, T0);
        assertThat(f.lockedUntil()).isNotNull();
        f.unlock();
        assertThat(f.refusal(POLICY, T0)).isNull();
        assertThat(f.failures()).isZero();
    }

    @Test
    void theKeysAreTheNamesAsLookedUpCleanAndCut() {
        assertThat(LoginFailure.accountKey("  Op-Jinyun ")).isEqualTo("op-jinyun");
        assertThat(LoginFailure.accountKey("evil\nLOGIN_OK")).isEqualTo("evil?login_ok");
        assertThat(LoginFailure.accountKey("x".repeat(500))).hasSize(LoginFailure.MAX_SUBJECT);
        assertThat(LoginFailure.addressKey(null)).isEqualTo("unknown");
        assertThat(LoginFailure.addressKey("2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void aRightPasswordWhoseCodeFollowsNeitherCountsNorRestartsTheDelay() {
        LoginFailure f = new LoginFailure(LoginFailure.Kind.ACCOUNT, "county-jinyun", T0);
        f.claim(T0);
        f.failed(POLICY, T0);
        // a wrong code at T0; the password two seconds later is right, its code comes at once
        LocalDateTime password = T0.plusSeconds(2);
        assertThat(f.refusal(POLICY, password)).isNull();
        f.claim(password);
        // as read back from the database, to the microsecond
        f.held(password.plusNanos(123), T0);
        assertThat(f.failures()).isEqualTo(1);
        assertThat(f.refusal(POLICY, password.plusNanos(10_000_000)))
                .as("the code after its password")
                .isNull();
        // another attempt touched the row since the claim: its time stays
        f.claim(password);
        f.claim(password.plusSeconds(1));
        f.held(password, T0);
        assertThat(f.failures()).isEqualTo(2);
        assertThat(f.refusal(POLICY, password.plusSeconds(1).plusNanos(10_000_000)))
                .isNotNull();
    }
}
