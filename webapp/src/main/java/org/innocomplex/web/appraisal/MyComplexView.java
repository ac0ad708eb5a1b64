package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.ComplexReport;
import org.innocomplex.appraisal.api.MyComplexService;
import org.innocomplex.web.support.Faces;

/** {@code appraisal/mine.xhtml}: an operator's complex, its reports and the guidance it received. */
@Named
@ViewScoped
public class MyComplexView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    MyComplexService side;

    @Inject
    Faces faces;

    private Long complexId;
    private List<ComplexReport> reports = List.of();

    @PostConstruct
    void load() {
        Actor actor = currentUser.require();
        try {
            reports = side.reports(actor);
            complexId = actor.complexId();
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public Long getComplexId() {
        return complexId;
    }

    public List<ComplexReport> getReports() {
        return reports;
    }
}
