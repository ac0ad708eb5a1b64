package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.util.List;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportData;
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
public record TaskDetails(
        TaskInfo task,
        AppraisalData appraisal,
        ComplexData complex,
        ReportData report,
        CatalogueData catalogue,
        ReportComparison comparison,
        List<ValueChange> changes,
        List<ExpertData> eligibleExperts,
        List<ScoreData> scores,
        BigDecimal meanScore,
        Grade proposedGrade,
        List<HistoryEntry> history,
        DecisionProposal decision)
        implements java.io.Serializable {}
