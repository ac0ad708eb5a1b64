package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.domain.ExpertScore;

/** {@code expert-review}: an assigned expert's score, 0 to 100, with a comment. */
@ApplicationScoped
public class ExpertReviewStep implements StepHandler {
    static final BigDecimal MAX = BigDecimal.valueOf(100);

    @PersistenceContext
    EntityManager em;
    @Inject
    HistoryWriter history;

    @Override
    public String formKey() {
        return "expert-review";
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.ExpertScore.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        StepInput.ExpertScore s = (StepInput.ExpertScore) input;
        if (!ctx.appraisal().experts().contains(ctx.actor().username())) {
            throw new NotAuthorizedException("appraisal.error.notAssigned");
        }
        if (s.score() == null) {
            throw new DomainException("appraisal.error.scoreRequired");
        }
        if (s.score().signum() < 0 || s.score().compareTo(MAX) > 0 || s.score().scale() > 2) {
            throw new DomainException("appraisal.error.scoreRange", 0, MAX);
        }
        em.persist(new ExpertScore(ctx.appraisal().id(), ctx.actor().username(), s.score(), s.comment()));
        history.write(ctx, "SCORED", s.score().toPlainString() + (s.comment() == null || s.comment().isBlank()
                ? "" : " — " + s.comment().strip()));
        return Map.of();
    }
}
