package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportService;

/** {@code report}: the operator hands in the report as saved; the submission module validates and versions it. */
@ApplicationScoped
public class ReportStep implements StepHandler {
    @Inject
    ReportService submissions;

    @Inject
    HistoryWriter history;

    @Override
    public StepType type() {
        return StepType.REPORT;
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.SubmitReport.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        // the submission service refuses anyone but the complex's own operator
        ReportData r = submissions.submit(ctx.appraisal().reportId(), ctx.actor());
        history.write(ctx, "SUBMITTED", "v" + r.version());
        return Map.of();
    }
}
