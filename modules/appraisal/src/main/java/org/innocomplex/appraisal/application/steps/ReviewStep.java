package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.submission.api.ReportLifecycle;

/**
 * {@code review}: approve, or return to the operator with a comment. The same handler serves every review step
 * (county, municipal, any an administrator adds); the BPMN's gateway reads {@code decision}.
 */
@ApplicationScoped
public class ReviewStep implements StepHandler {
    @Inject
    ReportLifecycle lifecycle;

    @Inject
    HistoryWriter history;

    @Override
    public StepType type() {
        return StepType.REVIEW;
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.Review.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        StepInput.Review review = (StepInput.Review) input;
        if (!AppraisalAccess.canReview(ctx.scope(), ctx.appraisal())) {
            throw new NotAuthorizedException("appraisal.error.notYourCounty");
        }
        String comment = review.comment() == null ? null : review.comment().strip();
        if (review.approve()) {
            history.write(ctx, "APPROVED", comment == null || comment.isEmpty() ? null : comment);
            return Map.of("decision", "approve");
        }
        if (comment == null || comment.isEmpty()) {
            throw new DomainException("appraisal.error.commentRequired");
        }
        lifecycle.markReturned(ctx.appraisal().reportId());
        history.write(ctx, "RETURNED", comment);
        return Map.of("decision", "return");
    }
}
