package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskInfo;

/** A report's page: the document, its appraisal, the open steps and the whole history. */
public record ReportRecord(ReportView report, ComplexView complex, List<IndicatorView> indicators,
                           AppraisalView appraisal, List<TaskInfo> openSteps, List<HistoryEntry> history,
                           List<StepRecord> steps, List<ScoreView> scores) {
}
