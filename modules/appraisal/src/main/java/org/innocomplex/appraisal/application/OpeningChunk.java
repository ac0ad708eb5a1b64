package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportLifecycle;

/** One chunk of a cycle's opening, in a transaction of its own so that a long opening commits as it goes. */
@ApplicationScoped
public class OpeningChunk {
    @Inject
    ReportLifecycle lifecycle;

    @Inject
    AppraisalService appraisals;

    /** @return how many appraisals this chunk started */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(Long cycleId, List<Long> complexIds, String by) {
        List<ReportData> reports = lifecycle.createReports(cycleId, complexIds);
        return appraisals.startAll(reports, by);
    }
}
