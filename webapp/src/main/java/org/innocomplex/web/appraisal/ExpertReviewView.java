package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ExpertReviewService;
import org.innocomplex.appraisal.api.ScoreSheetData;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.submission.api.RubricItemData;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;

/**
 * The {@code expert-review} step's form ({@code WEB-INF/includes/steps/expert-review.xhtml}): the expert confirms
 * having no conflict (or declares one), then scores the rubric item by item with a comment per group, saving drafts
 * as they go. A task an expert handed back shows the municipal official the experts who may take it over.
 */
@Named
@ViewScoped
public class ExpertReviewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ExpertReviewService reviews;

    @Inject
    AppraisalService appraisals;

    @Inject
    Faces faces;

    @Inject
    TaskView taskView;

    private String taskId;
    private boolean expert;
    private boolean confirmed;
    private boolean handedBack;
    private Instant savedAt;
    private Map<String, BigDecimal> points = new HashMap<>();
    private Map<String, String> groupComments = new HashMap<>();
    private String comment;
    private String reason;
    private Map<String, String> itemErrors = new LinkedHashMap<>();
    private List<ExpertData> replacements = List.of();
    private String replacement;

    @PostConstruct
    void load() {
        // the fragment of the task page: TaskView has refused the page already when its id is missing
        taskId = RequestParams.optionalToken("id");
        if (taskId == null) {
            return;
        }
        Actor actor = currentUser.require();
        try {
            handedBack = reviews.handedBack(taskId, actor);
            if (actor.is(Role.EXPERT) && !handedBack) {
                ScoreSheetData sheet = reviews.sheet(taskId, actor);
                expert = true;
                confirmed = sheet.confirmed();
                points = new HashMap<>();
                // shown as entered: 7.5, not the column's 7.50
                sheet.points().forEach((k, v) -> {
                    BigDecimal plain = v.stripTrailingZeros();
                    points.put(k, plain.scale() < 0 ? plain.setScale(0) : plain);
                });
                groupComments = new HashMap<>(sheet.groupComments());
                comment = sheet.comment();
                savedAt = sheet.savedAt();
            } else if (handedBack && actor.is(Role.MUNICIPAL_OFFICIAL)) {
                replacements = reviews.replacements(taskId, actor);
            }
        } catch (DomainException e) {
            // the task page already says why the task cannot be opened
        }
    }

    public void confirm() {
        try {
            reviews.confirmNoConflict(taskId, currentUser.require());
            faces.flashInfo("appraisal.expert.confirmed");
            faces.redirect("/appraisal/task.xhtml?id=" + taskId);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void declare() {
        act(
                () -> reviews.declareConflict(taskId, currentUser.require(), reason),
                "appraisal.expert.declared",
                "/appraisal/inbox.xhtml",
                e -> faces.violations("conflict", e));
    }

    public void saveDraft() {
        itemErrors.clear();
        act(
                () -> reviews.saveDraft(taskId, currentUser.require(), input()),
                "appraisal.expert.draftSaved",
                "/appraisal/task.xhtml?id=" + taskId,
                this::showItemErrors);
    }

    public void submit() {
        itemErrors.clear();
        act(
                () -> appraisals.complete(taskId, currentUser.require(), input()),
                "appraisal.task.done",
                "/appraisal/inbox.xhtml",
                this::showItemErrors);
    }

    public void reassign() {
        act(
                () -> reviews.reassign(taskId, currentUser.require(), replacement),
                "appraisal.expert.reassigned",
                "/appraisal/inbox.xhtml",
                e -> faces.violations("replace", e));
    }

    /**
     * Runs one of the page's actions: done, it says so on the next page; refused, the reasons stand beside their
     * fields or on top; overtaken by a colleague's change, it says that instead of failing.
     */
    private void act(
            Runnable action, String doneKey, String next, java.util.function.Consumer<ValidationException> refused) {
        try {
            action.run();
            faces.flashInfo(doneKey);
            faces.redirect(next);
        } catch (ValidationException e) {
            refused.accept(e);
        } catch (DomainException e) {
            faces.error(e);
        } catch (RuntimeException e) {
            concurrent(e);
        }
    }

    private void concurrent(RuntimeException e) {
        if (!Faces.concurrentChange(e)) {
            throw e;
        }
        faces.error(null, "appraisal.error.concurrentChange");
    }

    private StepInput.ExpertScore input() {
        return new StepInput.ExpertScore(points, groupComments, comment);
    }

    /**
     * Each refusal beside its item, the item named in the page's language; one about anything the sheet does not
     * show (an item the rubric lacks) on top, so none is lost.
     */
    private void showItemErrors(ValidationException e) {
        faces.violations(e, arg -> item(arg).<Object>map(i -> i.name(zh())).orElse(arg), (field, text) -> {
            if (item(field).isEmpty()) {
                return false;
            }
            itemErrors.merge(field, text, (x, y) -> x + "；" + y);
            return true;
        });
    }

    /** the rubric item a code names, if it is one */
    private Optional<RubricItemData> item(Object code) {
        if (!(code instanceof String c) || taskView.getDetails() == null) {
            return Optional.empty();
        }
        return taskView.getDetails().catalogue().rubricItems().stream()
                .filter(i -> i.code().equals(c))
                .findFirst();
    }

    private static boolean zh() {
        return "zh"
                .equals(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage());
    }

    /** The sum of the points entered so far. */
    public BigDecimal getTotal() {
        return points.values().stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isExpert() {
        return expert;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isHandedBack() {
        return handedBack;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Map<String, BigDecimal> getPoints() {
        return points;
    }

    public Map<String, String> getGroupComments() {
        return groupComments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<String, String> getItemErrors() {
        return itemErrors;
    }

    public List<ExpertData> getReplacements() {
        return replacements;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
