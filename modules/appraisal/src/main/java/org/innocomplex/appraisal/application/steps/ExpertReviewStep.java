package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.application.ExpertSheets;
import org.innocomplex.appraisal.domain.ExpertScore;
import org.innocomplex.appraisal.domain.ScoreSheet;
import org.innocomplex.appraisal.domain.ScoreSheetRules;
import org.innocomplex.submission.api.CatalogueData;

/**
 * {@code expert-review}: an assigned expert who confirmed having no conflict scores the cycle's rubric item by item.
 * The sheet is kept item by item; the total goes to {@link ExpertScore}, which the decision reads.
 */
@ApplicationScoped
public class ExpertReviewStep implements StepHandler {

    @PersistenceContext
    EntityManager em;

    @Inject
    HistoryWriter history;

    @Inject
    ExpertSheets sheets;

    @Override
    public StepType type() {
        return StepType.EXPERT_REVIEW;
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.ExpertScore.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        StepInput.ExpertScore s = (StepInput.ExpertScore) input;
        String expert = ctx.actor().username();
        if (!ctx.appraisal().experts().contains(expert)) {
            throw new NotAuthorizedException("appraisal.error.notAssigned");
        }
        if (!sheets.confirmed(ctx.appraisal().id(), expert)) {
            throw new DomainException("appraisal.expert.error.confirmFirst");
        }
        CatalogueData catalogue = sheets.catalogue(ctx.appraisal());
        ValidationException.throwIfAny(ScoreSheetRules.check(catalogue.rubricItems(), s.points(), true));
        if (s.comment() != null && s.comment().length() > ScoreSheetRules.MAX_COMMENT) {
            throw new DomainException("appraisal.expert.error.commentTooLong", ScoreSheetRules.MAX_COMMENT);
        }
        BigDecimal total = ScoreSheetRules.total(s.points());
        ScoreSheet sheet = sheets.sheetOf(ctx.appraisal().id(), expert);
        sheet.fill(s.points(), s.groupComments(), s.comment());
        sheet.submit();
        em.persist(new ExpertScore(ctx.appraisal().id(), expert, total, sheet.comment()));
        history.write(ctx, "SCORED", total.toPlainString() + (sheet.comment() == null ? "" : " — " + sheet.comment()));
        return Map.of();
    }
}
