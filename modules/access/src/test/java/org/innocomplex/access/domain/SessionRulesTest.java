package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.innocomplex.access.api.SessionCheck;
import org.innocomplex.access.api.SessionEnd;
import org.innocomplex.access.api.SessionPolicy;
import org.innocomplex.access.api.SessionRegistry;
import org.junit.jupiter.api.Test;

class SessionRulesTest {
    static final Clock LOGIN = Clock.fixed(Instant.parse("2026-12-04T01:00:00Z"), ZoneOffset.UTC);
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LIFETIME = Duration.ofHours(12);

    static LocalDateTime at(Clock clock, Duration later) {
        return LocalDateTime.now(Clock.offset(clock, later));
    }

    static UserSession started() {
        return new UserSession(
                "k".repeat(43), "municipal", at(LOGIN, Duration.ZERO), LIFETIME, "198.51.100.7", "Chrome");
    }

    @Test
    void aSessionEndsAfterTheIdleTimeWithoutActivityNotBefore() {
        UserSession s = started();

        assertThat(s.dueEnd(at(LOGIN, IDLE.minusSeconds(1)), IDLE)).isNull();
        assertThat(s.dueEnd(at(LOGIN, IDLE), IDLE)).isEqualTo(SessionEnd.IDLE);
        assertThat(s.dueEnd(at(LOGIN, IDLE.plusHours(1)), IDLE)).isEqualTo(SessionEnd.IDLE);
    }

    @Test
    void activityPushesTheIdleEndBackButNeverTheLifetime() {
        UserSession s = started();
        // active every 20 minutes for the whole day
        for (Duration t = Duration.ofMinutes(20); t.compareTo(LIFETIME) < 0; t = t.plusMinutes(20)) {
            assertThat(s.dueEnd(at(LOGIN, t), IDLE)).as("at %s", t).isNull();
            s.seen(at(LOGIN, t));
        }
        assertThat(s.dueEnd(at(LOGIN, LIFETIME.minusSeconds(1)), IDLE)).isNull();
        assertThat(s.dueEnd(at(LOGIN, LIFETIME), IDLE)).isEqualTo(SessionEnd.LIFETIME);

        SessionCheck c = s.check(IDLE);
        assertThat(c.active()).isTrue();
        Instant lastSeen = at(LOGIN, Duration.ofMinutes(700)).toInstant(ZoneOffset.UTC);
        assertThat(c.idleEndsAt()).isEqualTo(lastSeen.plus(IDLE));
        assertThat(c.expiresAt()).isEqualTo(LOGIN.instant().plus(LIFETIME));
        // 700 + 30 minutes is past the lifetime's 720: the lifetime comes first, activity cannot push it back
        assertThat(c.endsAt()).isEqualTo(c.expiresAt());
        assertThat(c.extendable()).isFalse();
    }

    @Test
    void whenBothHavePassedTheLifetimeIsTheReason() {
        UserSession s = started();

        assertThat(s.dueEnd(at(LOGIN, LIFETIME.plusHours(1)), IDLE)).isEqualTo(SessionEnd.LIFETIME);
    }

    @Test
    void anEndedSessionKeepsItsFirstReason() {
        UserSession s = started();
        s.end(at(LOGIN, Duration.ofMinutes(5)), SessionEnd.REPLACED);
        s.end(at(LOGIN, Duration.ofMinutes(6)), SessionEnd.LOGOUT);

        assertThat(s.endReason()).isEqualTo(SessionEnd.REPLACED);
        assertThat(s.endedAt()).isEqualTo(at(LOGIN, Duration.ofMinutes(5)));
        assertThat(s.dueEnd(at(LOGIN, LIFETIME.plusHours(1)), IDLE))
                .as("no second end")
                .isNull();
        assertThat(s.check(IDLE)).isEqualTo(SessionCheck.ended(SessionEnd.REPLACED));
    }

    @Test
    void theCheckTellsTimeLeftUntilTheIdleEnd() {
        UserSession s = started();
        s.seen(at(LOGIN, Duration.ofMinutes(10)));
        SessionCheck c = s.check(IDLE);

        assertThat(c.extendable()).isTrue();
        assertThat(c.remaining(LOGIN.instant().plus(Duration.ofMinutes(38)))).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.remaining(LOGIN.instant().plus(Duration.ofMinutes(50)))).isZero();
    }

    @Test
    void aNewLoginEndsTheOlderSessionsUnlessThePolicyAllowsSeveral() {
        List<UserSession> open = List.of(started(), started());

        assertThat(SessionRules.replacedByNewLogin(SessionPolicy.Concurrent.END_OLDER, open))
                .containsExactlyElementsOf(open);
        assertThat(SessionRules.replacedByNewLogin(SessionPolicy.Concurrent.ALLOW, open))
                .isEmpty();
        assertThat(SessionPolicy.Concurrent.parse("end-older")).isEqualTo(SessionPolicy.Concurrent.END_OLDER);
        assertThat(SessionPolicy.Concurrent.parse(" Allow ")).isEqualTo(SessionPolicy.Concurrent.ALLOW);
        assertThat(SessionPolicy.Concurrent.parse(null)).isEqualTo(SessionPolicy.Concurrent.END_OLDER);
        assertThatThrownBy(() -> SessionPolicy.Concurrent.parse("newest-wins\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aPolicyWarnsBeforeTheIdleEndAndLastsAtLeastTheIdleTime() {
        assertThat(new SessionPolicy(IDLE, LIFETIME, Duration.ofSeconds(120), SessionPolicy.Concurrent.END_OLDER)
                        .warn())
                .hasSeconds(120);
        assertThatThrownBy(() -> new SessionPolicy(
                        IDLE, Duration.ofMinutes(10), Duration.ofSeconds(120), SessionPolicy.Concurrent.ALLOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionPolicy(IDLE, LIFETIME, IDLE, SessionPolicy.Concurrent.ALLOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKeyIsRandomAndOnlyItsFirstCharactersNameItOnPagesAndInTheAudit() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = SessionRules.newKey(random);
            assertThat(key).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(key)).isTrue();
        }
        String key = SessionRules.newKey(random);
        assertThat(SessionRegistry.ref(key)).hasSize(8).isEqualTo(key.substring(0, 8));
    }

    @Test
    void theBrowserIsStoredWithoutControlCharactersAndCut() {
        assertThat(SessionRules.userAgent("Mozilla/5.0\r\nX-Forged: 1\u0000\u202e"))
                .isEqualTo("Mozilla/5.0X-Forged: 1");
        assertThat(SessionRules.userAgent("a".repeat(1000))).hasSize(255);
        assertThat(SessionRules.userAgent("浏".repeat(300))).hasSize(255);
        assertThat(SessionRules.userAgent("\u0007 ")).isNull();
        assertThat(SessionRules.userAgent(null)).isNull();
        assertThat(SessionRules.address("2001:db8::1\n")).isEqualTo("2001:db8::1");
    }
}
