package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.appraisal.domain.ExpertScore;
import org.innocomplex.appraisal.domain.GradeBands;
import org.innocomplex.submission.api.SubmissionService;

/**
 * {@code decision}: the grade, proposed from the mean of the experts' scores by the cycle's grade bands; choosing
 * another needs a reason.
 * Deciding publishes the grade to the complex.
 */
@ApplicationScoped
public class DecisionStep implements StepHandler {
    @PersistenceContext
    EntityManager em;
    @Inject
    SubmissionService submissions;
    @Inject
    HistoryWriter history;

    @Override
    public String formKey() {
        return "decision";
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.Decide.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        if (!ctx.actor().is(Role.MUNICIPAL_OFFICIAL) || !AppraisalAccess.canReview(ctx.actor(), ctx.appraisal())) {
            throw new NotAuthorizedException("appraisal.error.notYourCity");
        }
        StepInput.Decide d = (StepInput.Decide) input;
        if (d.grade() == null) {
            throw new DomainException("appraisal.error.gradeRequired");
        }
        List<BigDecimal> scores = em.createQuery(
                        "select s from ExpertScore s where s.appraisalId = :a", ExpertScore.class)
                .setParameter("a", ctx.appraisal().id()).getResultStream().map(ExpertScore::score).toList();
        BigDecimal mean = GradeBands.mean(scores)
                .orElseThrow(() -> new DomainException("appraisal.error.noScores"));
        Long cycleId = submissions.report(ctx.appraisal().reportId()).orElseThrow().cycleId();
        Grade proposed = GradeBands.propose(mean, submissions.catalogue(cycleId).bandMinimums());
        String reason = d.reason() == null ? null : d.reason().strip();
        if (d.grade() != proposed && (reason == null || reason.isEmpty())) {
            throw new DomainException("appraisal.error.overrideReasonRequired");
        }
        ctx.appraisal().decide(mean, d.grade(), reason == null || reason.isEmpty() ? null : reason,
                ctx.actor().username());
        submissions.markAccepted(ctx.appraisal().reportId());
        history.write(ctx, "DECIDED", d.grade().name() + " (" + mean.toPlainString() + ")"
                + (reason == null || reason.isEmpty() ? "" : " — " + reason));
        return Map.of("grade", d.grade().name());
    }
}
