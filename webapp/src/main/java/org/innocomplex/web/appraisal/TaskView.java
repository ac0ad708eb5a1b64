package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.TaskDetails;
import org.innocomplex.submission.api.FieldError;
import org.innocomplex.submission.api.ReportValidationException;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.web.support.Faces;

/**
 * {@code appraisal/task.xhtml?id=<task>}: the report beside the form of the task's step type. The form fragment is
 * chosen by the task's {@code formKey}; each action goes to the appraisal service, which checks, writes and
 * completes the task in one transaction. Operators' drafts are saved first, in their own transaction, so a refused
 * submission loses nothing typed.
 */
@Named
@ViewScoped
public class TaskView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;
    @Inject
    AppraisalService appraisals;
    @Inject
    SubmissionService submissions;
    @Inject
    Faces faces;

    private String taskId;
    private TaskDetails details;

    // report step
    private Map<String, BigDecimal> values = new HashMap<>();
    private String narrative;
    private Map<String, String> fieldErrors = new LinkedHashMap<>();
    // review
    private String comment;
    // assign experts
    private List<String> experts = new ArrayList<>();
    // expert review
    private BigDecimal score;
    // decision
    private Grade grade;
    private String reason;

    @PostConstruct
    void load() {
        taskId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            details = appraisals.openTask(taskId, currentUser.require());
        } catch (DomainException e) {
            faces.error(e);
            return;
        }
        values = new HashMap<>(details.report().values());
        narrative = details.report().narrative();
        grade = details.proposedGrade();
    }

    public String getFormKey() {
        return details == null ? "" : details.task().formKey();
    }

    public void saveDraft() {
        if (saveValues()) {
            faces.flashInfo("appraisal.task.saved");
            faces.redirect("/appraisal/task.xhtml?id=" + taskId);
        }
    }

    public void submitReport() {
        if (saveValues()) {
            complete(new StepInput.SubmitReport());
        }
    }

    private boolean saveValues() {
        fieldErrors.clear();
        try {
            submissions.saveDraft(details.report().id(), currentUser.require(), values, narrative);
            return true;
        } catch (ReportValidationException e) {
            showFieldErrors(e);
        } catch (DomainException e) {
            faces.error(e);
        }
        return false;
    }

    public void approve() {
        complete(new StepInput.Review(true, comment));
    }

    public void returnForRevision() {
        complete(new StepInput.Review(false, comment));
    }

    public void assignExperts() {
        complete(new StepInput.AssignExperts(List.copyOf(experts)));
    }

    public void submitScore() {
        complete(new StepInput.ExpertScore(score, comment));
    }

    public void decide() {
        complete(new StepInput.Decide(grade, reason));
    }

    private void complete(StepInput input) {
        try {
            appraisals.complete(taskId, currentUser.require(), input);
            faces.flashInfo("appraisal.task.done");
            faces.redirect("/appraisal/inbox.xhtml");
        } catch (ReportValidationException e) {
            showFieldErrors(e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    private void showFieldErrors(ReportValidationException e) {
        for (FieldError fe : e.errors()) {
            Object[] args = fe.args().stream().map(a -> a instanceof String code ? label(code) : a).toArray();
            fieldErrors.merge(fe.field(), faces.text(fe.key(), args), (x, y) -> x + "；" + y);
        }
        faces.error(e);
    }

    /** an indicator code in an error message reads as the indicator's name */
    private Object label(String code) {
        boolean zh = "zh".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return details.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .<Object>map(i -> i.name(zh)).orElse(code);
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public TaskDetails getDetails() {
        return details;
    }

    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<String> getExperts() {
        return experts;
    }

    public void setExperts(List<String> experts) {
        this.experts = experts;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
