package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomKeysTest {
    final SecureRandom random = new SecureRandom();

    @Test
    void aKeyIs32BytesInUrlSafeBase64WithoutPadding() {
        String key = RandomKeys.next(random);
        assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(key)).hasSize(32);
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(RandomKeys.next(random))).isTrue();
        }
    }

    @Test
    void tokensSessionKeysAndTicketsAreAllSuchKeys() {
        assertThat(ApiTokenRules.newToken(random))
                .startsWith(ApiTokenRules.PREFIX)
                .hasSize(ApiTokenRules.LENGTH);
        assertThat(SessionRules.newKey(random)).hasSize(43);
    }
}
