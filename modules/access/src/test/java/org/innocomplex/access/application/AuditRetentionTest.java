package org.innocomplex.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    @Test
    void aPeriodBelowSixMonthsIsRaisedToTheMinimum() {
        assertThat(AuditRetention.effective(30)).isEqualTo(180);
        assertThat(AuditRetention.effective(-1)).isEqualTo(180);
        assertThat(AuditRetention.effective(179)).isEqualTo(180);
    }

    @Test
    void aLongerPeriodIsKept() {
        assertThat(AuditRetention.effective(180)).isEqualTo(180);
        assertThat(AuditRetention.effective(400)).isEqualTo(400);
    }
}
