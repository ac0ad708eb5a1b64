package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.HistoryEntry;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.TaskDetails;
import org.innocomplex.submission.api.Anomaly;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.web.errors.RequestParams;
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
    ReportService submissions;

    @Inject
    Faces faces;

    private String taskId;
    private TaskDetails details;

    // report step
    private Map<String, BigDecimal> values = new HashMap<>();
    private Map<String, String> texts = new HashMap<>();
    private Map<String, String> explanations = new HashMap<>();
    private String narrative;
    private Map<String, String> fieldErrors = new LinkedHashMap<>();
    private ReportComparison comparison;
    private Instant autosavedAt;
    // review
    private String comment;
    // assign experts
    private List<String> experts = new ArrayList<>();
    // decision
    private Grade grade;
    private String reason;

    @PostConstruct
    void load() {
        taskId = RequestParams.requiredToken("id");
        try {
            details = appraisals.openTask(taskId, currentUser.require());
        } catch (DomainException e) {
            faces.error(e);
            return;
        }
        values = new HashMap<>();
        // shown as entered: 1380.5, not the column's 1380.5000
        details.report().values().forEach((k, v) -> {
            BigDecimal plain = v.stripTrailingZeros();
            values.put(k, plain.scale() < 0 ? plain.setScale(0) : plain);
        });
        texts = new HashMap<>(details.report().texts());
        explanations = new HashMap<>(details.report().explanations());
        narrative = details.report().narrative();
        comparison = details.comparison();
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

    /** Saves quietly as the operator types (on each change), and refreshes the anomaly flags. */
    public void autosave() {
        if (saveValues()) {
            autosavedAt = Instant.now();
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
            submissions.saveDraft(
                    details.report().id(),
                    currentUser.require(),
                    new ReportInput(values, texts, narrative, explanations));
            comparison = submissions.compare(details.report().id());
            return true;
        } catch (ValidationException e) {
            showViolations(e);
        } catch (DomainException e) {
            faces.error(e);
        } catch (RuntimeException e) {
            if (!Faces.concurrentChange(e)) {
                throw e;
            }
            faces.error(null, "appraisal.error.concurrentChange");
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

    public void decide() {
        // the decision's refusals belong next to the field they are about
        complete(
                new StepInput.Decide(grade, reason),
                Map.of(
                        "appraisal.error.overrideReasonRequired", "decision:reason",
                        "appraisal.decision.error.excellentCapReached", "decision:grade",
                        "appraisal.error.gradeRequired", "decision:grade"));
    }

    private void complete(StepInput input) {
        complete(input, Map.of());
    }

    /** @param fieldByKey the field an error is shown next to, by its bundle key; others go to the page */
    private void complete(StepInput input, Map<String, String> fieldByKey) {
        try {
            appraisals.complete(taskId, currentUser.require(), input);
            faces.flashInfo("appraisal.task.done");
            faces.redirect("/appraisal/inbox.xhtml");
        } catch (ValidationException e) {
            showViolations(e);
        } catch (DomainException e) {
            faces.error(fieldByKey.get(e.key()), e.key(), e.args().toArray());
        } catch (RuntimeException e) {
            if (!Faces.concurrentChange(e)) {
                throw e;
            }
            faces.error(null, "appraisal.error.concurrentChange");
        }
    }

    /**
     * The report's refusals go next to their indicator (or the narrative); a refusal about anything the report form
     * does not show (a step's own input) reaches the page's messages, so none is lost.
     */
    private void showViolations(ValidationException e) {
        faces.violations(e, this::label, (field, text) -> {
            if (!isReportField(field)) {
                return false;
            }
            fieldErrors.merge(field, text, (x, y) -> x + "；" + y);
            return true;
        });
    }

    private boolean isReportField(String field) {
        return "narrative".equals(field) || details.catalogue().indicator(field).isPresent();
    }

    /** an indicator code in an error message reads as the indicator's name */
    private Object label(Object arg) {
        if (!(arg instanceof String code)) {
            return arg;
        }
        boolean zh = "zh"
                .equals(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage());
        return details.catalogue().indicator(code).<Object>map(i -> i.name(zh)).orElse(code);
    }

    /** The anomalies of one figure, as sentences, for the flag beside it. */
    public List<String> anomalies(String code) {
        if (comparison == null) {
            return List.of();
        }
        return comparison.anomalies().stream()
                .filter(a -> a.code().equals(code))
                .map(a -> a.kind() == Anomaly.Kind.CHANGE
                        ? faces.text(
                                "submission.anomaly.change",
                                a.changePercent().toPlainString(),
                                String.valueOf(comparison.lastYear()))
                        : faces.text("submission.anomaly.rule", label(a.other())))
                .toList();
    }

    public boolean flagged(String code) {
        return comparison != null && comparison.flagged(code);
    }

    /** The comment of the latest return, shown to the operator above the form. */
    public String getReturnComment() {
        if (details == null) {
            return null;
        }
        List<HistoryEntry> h = details.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            if ("RETURNED".equals(h.get(i).action())) {
                return h.get(i).comment();
            }
            if ("SUBMITTED".equals(h.get(i).action())) {
                return null;
            }
        }
        return null;
    }

    /** What changed since the previous submission, by indicator code (and {@code narrative}). */
    public Map<String, ValueChange> getChanges() {
        Map<String, ValueChange> m = new HashMap<>();
        if (details != null) {
            details.changes().forEach(c -> m.put(c.code(), c));
        }
        return m;
    }

    public ReportComparison getComparison() {
        return comparison;
    }

    public Instant getAutosavedAt() {
        return autosavedAt;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public Map<String, String> getExplanations() {
        return explanations;
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
