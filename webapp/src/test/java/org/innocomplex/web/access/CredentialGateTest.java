package org.innocomplex.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.innocomplex.access.api.Obligation;
import org.junit.jupiter.api.Test;

/** Which page settles what a login owes: the password first, then the second factor. */
class CredentialGateTest {

    @Test
    void thePasswordComesBeforeTheSecondFactor() {
        assertThat(CredentialGate.pageFor(EnumSet.of(Obligation.CHANGE_PASSWORD, Obligation.ENROL_SECOND_FACTOR)))
                .isEqualTo("/account/password.xhtml");
        assertThat(CredentialGate.pageFor(EnumSet.of(Obligation.PASSWORD_EXPIRED)))
                .isEqualTo("/account/password.xhtml");
        assertThat(CredentialGate.pageFor(EnumSet.of(Obligation.ENROL_SECOND_FACTOR)))
                .isEqualTo("/account/second-factor.xhtml");
        assertThat(CredentialGate.pageFor(Set.of())).isNull();
    }

    @Test
    void aSessionWithoutObligationsOwesNothing() {
        assertThat(CredentialGate.owed(null)).isEmpty();
    }
}
