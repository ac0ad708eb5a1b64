package org.innocomplex.access.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BureauTimeTest {

    @Test
    void theConfiguredZoneIsTheClocksZone() {
        BureauTime t = new BureauTime();
        t.zone = "Asia/Urumqi";
        assertThat(t.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(t.clock().getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    }

    @Test
    void aMistypedZoneSaysWhichKey() {
        BureauTime t = new BureauTime();
        t.zone = "Asia/Lishui";
        assertThatThrownBy(t::zone)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("innocomplex.time-zone")
                .hasMessageContaining("Asia/Lishui");
    }
}
