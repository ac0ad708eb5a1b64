package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.util.List;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.ExpertView;
import org.innocomplex.submission.api.CatalogueView;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.workflow.api.TaskInfo;

/**
 * Everything a step's screen shows: the task, the report beside it with last year's figures and its anomalies,
 * what changed since the previous submission, and what the step type needs (the roster for assigning experts, the
 * scores and the proposed grade for the decision).
 *
 * @param changes the differences between the last two submitted versions (empty before a resubmission)
 * @param meanScore the aggregated score (by the cycle's method, see {@code decision})
 * @param decision  the decision step's proposal with its reasons (null before any expert total)
 */
public record TaskDetails(TaskInfo task, AppraisalView appraisal, ComplexView complex, ReportView report,
                          CatalogueView catalogue, ReportComparison comparison, List<ValueChange> changes,
                          List<ExpertView> eligibleExperts,
                          List<ScoreView> scores, BigDecimal meanScore, Grade proposedGrade,
                          List<HistoryEntry> history, DecisionProposal decision) implements java.io.Serializable {
}
