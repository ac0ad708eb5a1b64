package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretSealTest {
    final SecretSeal seal = new SecretSeal("a test key of some length");

    @Test
    void aSealedSecretOpensWithTheKeyForItsUserOnly() {
        String sealed = seal.seal("JBSWY3DPEHPK3PXP", "county-jinyun");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(seal.open(sealed, "county-jinyun")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(seal.seal("JBSWY3DPEHPK3PXP", "county-jinyun"))
                .as("a nonce each time")
                .isNotEqualTo(sealed);
        assertThatThrownBy(() -> seal.open(sealed, "admin")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretSeal("another key of some length").open(sealed, "county-jinyun"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recoveryCodesAreComparedByHashIgnoringCaseAndDashes() {
        RecoveryCode c = new RecoveryCode("u", "abcd-efgh-ijkl-mnop");
        assertThat(c.matches(RecoveryCode.hash("ABCD EFGH-IJKL-MNOP"))).isTrue();
        assertThat(c.matches(RecoveryCode.hash("abcd-efgh-ijkl-mnoq"))).isFalse();
    }
}
