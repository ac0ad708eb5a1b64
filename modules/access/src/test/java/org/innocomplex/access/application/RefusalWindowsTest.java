package org.innocomplex.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.AuditTrail;
import org.junit.jupiter.api.Test;

class RefusalWindowsTest {

    /** the audit lines written, as the trail would store them */
    static final class Lines implements AuditTrail {
        final List<String> lines = new ArrayList<>();

        @Override
        public void record(String actor, String action, String objectType, String objectId, String detail) {
            lines.add(action + "|" + objectId + "|" + detail);
        }

        @Override
        public void refusal(String actor, String action, String objectType, String objectId, String detail) {
            // the windows write their lines with record(); going back through refusal() would count them again
            throw new AssertionError("RefusalWindows wrote a line through refusal(): " + action);
        }

        @Override
        public List<Entry> of(String objectType, String objectId) {
            return List.of();
        }
    }

    private final Lines audit = new Lines();
    private long now = 1_000_000;
    private final RefusalWindows windows = windows();

    private RefusalWindows windows() {
        RefusalWindows w = new RefusalWindows();
        w.audit = audit;
        w.clock = () -> now;
        return w;
    }

    private boolean refuse(String address) {
        return windows.count("anonymous", "API_TOKEN_REFUSED", "address", address, "unknown token");
    }

    @Test
    void theFirstRefusalOfAMinuteIsWrittenAndItsRepetitionsAreCountedIntoOneLine() {
        assertThat(refuse("198.51.100.1")).isTrue();
        for (int i = 0; i < 449; i++) {
            now += 100;
            assertThat(refuse("198.51.100.1")).isFalse();
        }
        // another address is another kind
        assertThat(refuse("198.51.100.2")).isTrue();
        assertThat(audit.lines).isEmpty();

        now = 1_000_000 + RefusalWindows.WINDOW_MS;
        windows.flush(now);
        assertThat(audit.lines)
                .containsExactly("API_TOKEN_REFUSED|198.51.100.1|unknown token\nrepeated: 449 more " + "times from "
                        + Instant.ofEpochMilli(1_000_000) + " to " + Instant.ofEpochMilli(now));
        // the other address's minute has not ended yet
        assertThat(windows.openCount()).isEqualTo(1);
    }

    @Test
    void aRefusalAfterTheMinuteOpensANewWindowAndWritesTheOldCountFirst() {
        refuse("203.0.113.9");
        now += 10;
        refuse("203.0.113.9");
        now += RefusalWindows.WINDOW_MS;
        assertThat(refuse("203.0.113.9")).isTrue();
        assertThat(audit.lines).singleElement().asString().contains("repeated: 1 more times");
    }

    @Test
    void beyondTheOpenLimitRefusalsAreWrittenOneByOne() {
        for (int i = 0; i < RefusalWindows.MAX_OPEN; i++) {
            assertThat(refuse("10.0." + (i / 256) + "." + (i % 256))).isTrue();
        }
        assertThat(refuse("192.0.2.1")).isTrue();
        assertThat(refuse("192.0.2.1")).isTrue();
        assertThat(windows.openCount()).isEqualTo(RefusalWindows.MAX_OPEN);
    }
}
