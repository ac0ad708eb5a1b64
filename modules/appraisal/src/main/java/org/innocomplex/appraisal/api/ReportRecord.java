package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportVersionData;
import org.innocomplex.workflow.api.ProcessDiagram;
import org.innocomplex.workflow.api.StepRecord;
import org.innocomplex.workflow.api.TaskInfo;

/**
 * A report's page: the document, its appraisal, the open steps and the whole history.
 *
 * @param names display names of the users named in {@code steps}, by username
 * @param diagram the process version the appraisal runs on, with where it is (null before it starts)
 */
public record ReportRecord(
        ReportData report,
        ComplexData complex,
        CatalogueData catalogue,
        ReportComparison comparison,
        List<ReportVersionData> versions,
        AppraisalData appraisal,
        List<TaskInfo> openSteps,
        List<HistoryEntry> history,
        List<StepRecord> steps,
        List<ScoreData> scores,
        java.util.Map<String, String> names,
        ProcessDiagram diagram)
        implements java.io.Serializable {}
