package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 8, 0);
    static final String TOKEN = "ic_" + "b".repeat(43);

    @Test
    void aTokenKeepsItsHashAndHintNeverItselfAndExpiresAfterItsDays() {
        ApiToken t = new ApiToken("municipal", "报表", TOKEN, T0, 90);

        assertThat(t.hint()).isEqualTo("ic_bbbbb");
        assertThat(t.expiresAt()).isEqualTo(T0.plusDays(90));
        assertThat(t.expiredAt(T0.plusDays(90).minusSeconds(1))).isFalse();
        assertThat(t.expiredAt(T0.plusDays(90))).isTrue();
        assertThat(t.toString()).doesNotContain(TOKEN);
    }

    @Test
    void aUseIsWorthRecordingOnlyWhenTheLastOneIsOlderThanTheInterval() {
        ApiToken t = new ApiToken("municipal", "报表", TOKEN, T0, 90);
        assertThat(t.lastUseBefore(T0)).isTrue();
    }
}
