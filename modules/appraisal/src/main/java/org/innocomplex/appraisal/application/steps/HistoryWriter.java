package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.innocomplex.appraisal.domain.AppraisalEvent;

/** Writes the history line of a step, in the step's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HistoryWriter {
    @PersistenceContext
    EntityManager em;

    public void write(StepContext ctx, String action, String comment) {
        em.persist(new AppraisalEvent(
                ctx.appraisal().id(),
                ctx.task().definitionKey(),
                action,
                ctx.actor().username(),
                comment));
    }
}
