package org.innocomplex.appraisal.domain;

import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.Grade;

/**
 * The official's choice against the proposal: confirming needs nothing more; any other grade (higher or lower)
 * needs a reason; and a 优秀, proposed or not, is refused once the cycle's decided 优秀 grades fill the cap —
 * an override cannot get round the cap.
 */
public final class GradeDecision {
    private GradeDecision() {}

    /**
     * @param otherExcellent 优秀 already decided in the cycle for other reports
     * @return the reason, stripped, or null when none was given
     */
    public static String check(Grade chosen, Grade proposed, String reason, long otherExcellent, int cap) {
        if (chosen == null) {
            throw new DomainException("appraisal.error.gradeRequired");
        }
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (chosen != proposed && r == null) {
            throw new DomainException("appraisal.error.overrideReasonRequired");
        }
        if (chosen == Grade.EXCELLENT && !ExcellenceCap.roomForOneMore(otherExcellent, cap)) {
            throw new DomainException("appraisal.decision.error.excellentCapReached", cap);
        }
        return r;
    }
}
