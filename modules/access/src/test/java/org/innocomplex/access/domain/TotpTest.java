package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * TOTP verification on a fixed clock: a code of the current step or one step either side is accepted, two steps away
 * refused, and a code accepted once (or one of an earlier step) is refused afterwards.
 */
class TotpTest {
    /** RFC 6238's test secret ("12345678901234567890") in Base32 */
    static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    final Totp totp = new Totp();
    /** a fixed instant, in the middle of its 30-second step */
    final long now = 1_798_000_015L;

    final long step = Totp.step(now);

    @Test
    void theCodesAreRfc6238s() {
        // RFC 6238, appendix B, SHA-1, T = 59 s: 94287082 (8 digits); the 6 digits are its last six
        assertThat(totp.code(SECRET, Totp.step(59))).isEqualTo("287082");
        assertThat(totp.code(SECRET, Totp.step(1111111109L))).isEqualTo("081804");
    }

    @Test
    void theCurrentStepAndOneEitherSideAreAccepted() {
        for (int d = -1; d <= 1; d++) {
            assertThat(totp.match(SECRET, totp.code(SECRET, step + d), now, Long.MIN_VALUE))
                    .as("step %+d", d)
                    .isEqualTo(OptionalLong.of(step + d));
        }
    }

    @Test
    void twoStepsAwayAreRefused() {
        assertThat(totp.match(SECRET, totp.code(SECRET, step - 2), now, Long.MIN_VALUE))
                .isEmpty();
        assertThat(totp.match(SECRET, totp.code(SECRET, step + 2), now, Long.MIN_VALUE))
                .isEmpty();
    }

    @Test
    void aCodeWorksOnceNoReplay() {
        String code = totp.code(SECRET, step);
        OptionalLong first = totp.match(SECRET, code, now, step - 5);
        assertThat(first).isEqualTo(OptionalLong.of(step));
        // the step accepted is stored as the last used: the same code, and the previous step's, are refused now
        assertThat(totp.match(SECRET, code, now + 10, first.getAsLong())).isEmpty();
        assertThat(totp.match(SECRET, totp.code(SECRET, step - 1), now, first.getAsLong()))
                .isEmpty();
        // the next step's code still works
        assertThat(totp.match(SECRET, totp.code(SECRET, step + 1), now + 30, first.getAsLong()))
                .isEqualTo(OptionalLong.of(step + 1));
    }

    @Test
    void wrongOrMalformedCodesAreRefused() {
        String right = totp.code(SECRET, step);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertThat(totp.match(SECRET, wrong, now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.match(SECRET, "", now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.match(SECRET, null, now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.match(SECRET, right + "0", now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.match(SECRET, "12a456", now, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.match(SECRET, right.substring(0, 3) + " " + right.substring(3), now, Long.MIN_VALUE))
                .as("grouped as apps show it")
                .isEqualTo(OptionalLong.of(step));
    }

    @Test
    void theLibrarysOwnVerifierAgreesOnTheCurrentStep() {
        var verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), () -> now);
        assertThat(verifier.isValidCode(SECRET, totp.code(SECRET, step))).isTrue();
    }
}
