package org.innocomplex.web.submission;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.web.support.Faces;

/** {@code submission/cycles.xhtml}: the city's appraisal cycles, and a new one for a year. */
@Named
@ViewScoped
public class CyclesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;
    @Inject
    SubmissionService submissions;
    @Inject
    Faces faces;

    private List<org.innocomplex.submission.api.CycleView> cycles;
    private Integer year = Year.now().getValue();

    @PostConstruct
    void load() {
        cycles = submissions.cycles(city());
    }

    /** The city whose cycles the user keeps: a municipal official's own; Lishui for administrators. */
    String city() {
        Actor a = currentUser.require();
        return a.is(Role.MUNICIPAL_OFFICIAL) ? a.scopeCode() : "331100";
    }

    public void create() {
        try {
            var c = submissions.createCycle(year == null ? 0 : year, city(), currentUser.require());
            faces.flashInfo("submission.cycles.created", c.year());
            faces.redirect("/submission/cycle.xhtml?id=" + c.id());
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public List<org.innocomplex.submission.api.CycleView> getCycles() {
        return cycles;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
