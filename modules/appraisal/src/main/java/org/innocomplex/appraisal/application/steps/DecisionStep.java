package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.DecisionProposal;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.appraisal.domain.GradeDecision;
import org.innocomplex.submission.api.ReportLifecycle;

/**
 * {@code decision}: the municipal bureau confirms the grade proposed from the aggregated score by the cycle's bands
 * and 优秀 cap, or chooses another with a reason. No decided 优秀 may take the cycle beyond its cap. The grade stays
 * with the officials until the cycle's results are published ({@link org.innocomplex.appraisal.api.PublicationService}).
 */
@ApplicationScoped
public class DecisionStep implements StepHandler {
    @Inject
    ReportLifecycle lifecycle;

    @Inject
    HistoryWriter history;

    @Inject
    CycleGrading grading;

    @Override
    public StepType type() {
        return StepType.DECISION;
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.Decide.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        if (!AppraisalAccess.isBureauOf(ctx.scope(), ctx.appraisal())) {
            throw new NotAuthorizedException("appraisal.error.notYourCity");
        }
        StepInput.Decide d = (StepInput.Decide) input;
        if (d.grade() == Grade.EXCELLENT) {
            grading.lockCycle(grading.cycleOf(ctx.appraisal()));
        }
        DecisionProposal p =
                grading.proposal(ctx.appraisal()).orElseThrow(() -> new DomainException("appraisal.error.noScores"));
        String reason = GradeDecision.check(d.grade(), p.proposed(), d.reason(), p.excellentDecided(), p.cap());
        ctx.appraisal()
                .decide(
                        p.score(),
                        p.applied(),
                        p.proposed(),
                        d.grade(),
                        reason,
                        ctx.actor().username());
        lifecycle.markAccepted(ctx.appraisal().reportId());
        // proposed and final grade, score and method are on the appraisal; the line keeps who, when and why
        history.write(ctx, "DECIDED", reason);
        return Map.of("grade", d.grade().name());
    }
}
