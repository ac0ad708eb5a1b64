package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.submission.api.CatalogueView;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportVersionView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskInfo;

/**
 * A report's page: the document, its appraisal, the open steps and the whole history.
 *
 * @param names display names of the users named in {@code steps}, by username
 * @param diagram the process version the appraisal runs on, with where it is (null before it starts)
 */
public record ReportRecord(ReportView report, ComplexView complex, CatalogueView catalogue,
                           ReportComparison comparison, List<ReportVersionView> versions,
                           AppraisalView appraisal, List<TaskInfo> openSteps, List<HistoryEntry> history,
                           List<StepRecord> steps, List<ScoreView> scores, java.util.Map<String, String> names,
                           org.innocomplex.workflow.api.ProcessDiagram diagram) implements java.io.Serializable {
}
