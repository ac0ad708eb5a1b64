package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.innocomplex.access.api.Violation;
import org.junit.jupiter.api.Test;

class ApiTokenRulesTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIsThePrefixAnd32RandomBytesInUrlSafeBase64() {
        String token = ApiTokenRules.newToken(random);

        assertThat(token).matches("ic_[A-Za-z0-9_-]{43}").hasSize(ApiTokenRules.LENGTH);
        assertThat(ApiTokenRules.wellFormed(token)).isTrue();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ApiTokenRules.newToken(random))).isTrue();
        }
    }

    @Test
    void onlyTheSha256IsKeptAndTheHintIsThePrefixAndFiveCharacters() {
        String token = "ic_" + "A".repeat(43);

        // sha256("ic_AAAA…") computed independently (printf %s | sha256sum)
        assertThat(ApiTokenRules.hash(token))
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .isEqualTo(ApiTokenRules.hash(new String(token.toCharArray())))
                .isNotEqualTo(ApiTokenRules.hash("ic_" + "A".repeat(42) + "B"));
        assertThat(ApiTokenRules.hint(token)).isEqualTo("ic_AAAAA");
    }

    @Test
    void anythingButAWellFormedTokenIsRefusedBeforeAnyLookup() {
        assertThat(ApiTokenRules.wellFormed(null)).isFalse();
        assertThat(ApiTokenRules.wellFormed("")).isFalse();
        assertThat(ApiTokenRules.wellFormed("ic_" + "A".repeat(42))).isFalse();
        assertThat(ApiTokenRules.wellFormed("ic_" + "A".repeat(44))).isFalse();
        assertThat(ApiTokenRules.wellFormed("xx_" + "A".repeat(43))).isFalse();
        assertThat(ApiTokenRules.wellFormed("ic_" + "A".repeat(42) + "+")).isFalse();
        assertThat(ApiTokenRules.wellFormed("ic_" + "A".repeat(42) + "\n")).isFalse();
    }

    @Test
    void aNameIsRequiredVisibleAndShortAndTheLifetimeWithinTheMaximum() {
        assertThat(ApiTokenRules.check("报表脚本", 90, 365)).isEmpty();
        assertThat(ApiTokenRules.check(" ", 90, 365))
                .extracting(Violation::key)
                .containsExactly("access.error.required");
        assertThat(ApiTokenRules.check("x".repeat(101), 90, 365))
                .extracting(Violation::key)
                .containsExactly("access.error.tooLong");
        assertThat(ApiTokenRules.check("evil\u202Etxt", 90, 365))
                .extracting(Violation::key)
                .containsExactly("access.text.error.invisibleCharacter");
        assertThat(ApiTokenRules.check("ok", 0, 365))
                .extracting(Violation::field)
                .containsExactly("days");
        assertThat(ApiTokenRules.check("ok", 366, 365))
                .extracting(Violation::field)
                .containsExactly("days");
        assertThat(ApiTokenRules.check("ok", 365, 365)).isEmpty();
    }
}
