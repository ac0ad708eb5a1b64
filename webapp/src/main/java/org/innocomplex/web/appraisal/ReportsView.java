package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ReportSummary;

/** {@code appraisal/reports.xhtml}: the reports the user may see, with status, open step and grade. */
@Named
@ViewScoped
public class ReportsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AppraisalService appraisals;

    private List<ReportSummary> reports;

    @PostConstruct
    void load() {
        reports = appraisals.reports(currentUser.require());
    }

    public List<ReportSummary> getReports() {
        return reports;
    }
}
