package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.util.List;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.ExpertView;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.workflow.api.TaskInfo;

/**
 * Everything a step's screen shows: the task, the report beside it, and what the step type needs (the roster for
 * assigning experts, the scores and the proposed grade for the decision).
 */
public record TaskDetails(TaskInfo task, AppraisalView appraisal, ComplexView complex, ReportView report,
                          List<IndicatorView> indicators, List<ExpertView> eligibleExperts,
                          List<ScoreView> scores, BigDecimal meanScore, Grade proposedGrade,
                          List<HistoryEntry> history) implements java.io.Serializable {
}
