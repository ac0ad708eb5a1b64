package org.innocomplex.submission.api;

import org.innocomplex.access.api.Actor;

/**
 * Who may read a report and what hangs on it (its files). The rule needs the appraisal (an expert reads the reports
 * assigned to them), which this module does not know, so the appraisal module provides the one implementation and
 * this module asks it before it lists or serves anything of a report.
 */
public interface ReportReaders {

    /** @throws org.innocomplex.access.api.NotAuthorizedException when the actor may not read the report */
    void requireReadable(ReportData report, Actor actor);
}
