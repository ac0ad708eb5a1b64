package org.innocomplex.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    static final Set<String> PROXY = ClientAddresses.parse(" 10.0.0.5, 10.0.0.6 ");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(ClientAddresses.of("198.51.100.9", "203.0.113.1", Set.of())).isEqualTo("198.51.100.9");
        assertThat(ClientAddresses.of("198.51.100.9", "203.0.113.1", PROXY)).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedProxyNamesTheClientFromTheRightSkippingProxies() {
        assertThat(ClientAddresses.of("10.0.0.5", "203.0.113.1", PROXY)).isEqualTo("203.0.113.1");
        // the client wrote the first entry itself: the proxies' own entry on the right wins
        assertThat(ClientAddresses.of("10.0.0.5", "1.2.3.4, 203.0.113.1, 10.0.0.6", PROXY))
                .isEqualTo("203.0.113.1");
        assertThat(ClientAddresses.of("10.0.0.5", "2001:db8::7", PROXY)).isEqualTo("2001:db8::7");
        assertThat(ClientAddresses.of("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void anythingButAnAddressInTheHeaderLeavesTheProxysAddress() {
        assertThat(ClientAddresses.of("10.0.0.5", "evil\nLOGIN_OK", PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddresses.of("10.0.0.5", "unknown", PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddresses.of("10.0.0.5", "x".repeat(100), PROXY)).isEqualTo("10.0.0.5");
    }
}
