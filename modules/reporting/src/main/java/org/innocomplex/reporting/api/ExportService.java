package org.innocomplex.reporting.api;

import java.util.Locale;
import org.innocomplex.access.api.Actor;

/** Files to take away: the dashboard's tables and lists as .xlsx, one appraisal record as PDF. */
public interface ExportService {

    /** Every table of the dashboard, one sheet each: totals, complexes by level, progress, grades, counties, years. */
    byte[] dashboardWorkbook(Actor actor, DashboardFilter filter, Locale locale, Labels labels);

    /**
     * The complexes behind a number as a list; with {@link Drill.Kind#ALL} the year's results list (complex, county,
     * level, report status, score, grade).
     */
    byte[] complexesWorkbook(Actor actor, DashboardFilter filter, Drill drill, Locale locale, Labels labels);

    /**
     * One report's appraisal record: the report's figures and narrative, the experts' scores, the guidance notes and
     * the decision, as the actor may see them.
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException when the actor may not read the report
     */
    byte[] recordPdf(Actor actor, Long reportId, Locale locale, Labels labels);
}
