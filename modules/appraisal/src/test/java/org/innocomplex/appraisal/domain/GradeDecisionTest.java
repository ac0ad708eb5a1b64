package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.Grade;
import org.junit.jupiter.api.Test;

class GradeDecisionTest {

    @Test
    void confirmingTheProposalNeedsNoReason() {
        assertThat(GradeDecision.check(Grade.GOOD, Grade.GOOD, null, 0, 1)).isNull();
        assertThat(GradeDecision.check(Grade.GOOD, Grade.GOOD, "  ", 0, 1)).isNull();
        assertThat(GradeDecision.check(Grade.EXCELLENT, Grade.EXCELLENT, null, 0, 1))
                .isNull();
    }

    @Test
    void anyOtherGradeNeedsAReasonUpOrDown() {
        for (Grade other : new Grade[] {Grade.EXCELLENT, Grade.PASS, Grade.FAIL}) {
            assertThatThrownBy(() -> GradeDecision.check(other, Grade.GOOD, " \n", 0, 5))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).key())
                    .isEqualTo("appraisal.error.overrideReasonRequired");
        }
        assertThat(GradeDecision.check(Grade.PASS, Grade.GOOD, "  site visit found gaps ", 0, 5))
                .isEqualTo("site visit found gaps");
    }

    @Test
    void anOverrideToExcellentBeyondTheCapIsRefusedEvenWithAReason() {
        assertThatThrownBy(() -> GradeDecision.check(Grade.EXCELLENT, Grade.GOOD, "outstanding", 1, 1))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key())
                .isEqualTo("appraisal.decision.error.excellentCapReached");
        assertThatThrownBy(() -> GradeDecision.check(Grade.EXCELLENT, Grade.GOOD, "outstanding", 0, 0))
                .isInstanceOf(DomainException.class);
        assertThat(GradeDecision.check(Grade.EXCELLENT, Grade.GOOD, "outstanding", 0, 1))
                .isEqualTo("outstanding");
    }

    @Test
    void evenAProposedExcellentIsRefusedOnceOthersFilledTheCap() {
        assertThatThrownBy(() -> GradeDecision.check(Grade.EXCELLENT, Grade.EXCELLENT, null, 2, 2))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aGradeIsRequired() {
        assertThatThrownBy(() -> GradeDecision.check(null, Grade.GOOD, "x", 0, 1))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).key())
                .isEqualTo("appraisal.error.gradeRequired");
    }
}
