package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.StepCompleted;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.application.steps.StepContext;
import org.innocomplex.appraisal.application.steps.StepHandler;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskClaimedException;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.TaskNotFoundException;
import org.innocomplex.workflow.api.WorkflowService;

/** One step of an appraisal in one transaction: the handler's record, the task completion and the inbox row. */
@ApplicationScoped
@Transactional
public class StepRunner {
    @PersistenceContext
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    Instance<StepHandler> handlers;

    @Inject
    Event<StepCompleted> completed;

    @Inject
    RegistryService registry;

    /** the step, then the caller's answer, in one transaction */
    public <T> T runThen(String taskId, Actor actor, StepInput input, java.util.function.Supplier<T> answer) {
        run(taskId, actor, input);
        return answer.get();
    }

    public void run(String taskId, Actor actor, StepInput input) {
        TaskInfo task = actionable(taskId, actor);
        Appraisal a = forTask(task);
        /*
         * Steps of one appraisal take turns on its row. Whoever comes second waits here until the first commits and
         * then looks at the task again: a second official on the same review finds it gone ("already handled") and
         * has written nothing; an expert submitting in parallel on another task of the same appraisal finds their
         * own task still open and goes on, with the appraisal as the first left it. The lock is taken before any
         * write, so two steps cannot deadlock on it.
         */
        em.lock(a, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        task = actionable(taskId, actor);
        StepHandler handler = handlerFor(task.formKey());
        if (!handler.inputType().isInstance(input)) {
            throw new DomainException("appraisal.error.wrongInput", task.formKey());
        }
        Map<String, Object> vars = handler.handle(new StepContext(task, a, registry.scopeOf(actor)), input);
        // a TaskAlreadyHandledException here is a conflict the caller sorts out after the rollback
        workflow.complete(taskId, actor.username(), actor.groups(), vars);
        String comment = input instanceof StepInput.Review r ? r.comment() : null;
        completed.fire(new StepCompleted(
                a.id(), a.reportId(), task.definitionKey(), task.formKey(), actor.username(), comment));
    }

    TaskInfo actionable(String taskId, Actor actor) {
        try {
            return workflow.actionableTask(taskId, actor.username(), actor.groups());
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        } catch (TaskNotFoundException e) {
            throw new DomainException("appraisal.error.unknownTask");
        } catch (TaskClaimedException e) {
            throw new DomainException("appraisal.inbox.error.claimedBy", e.claimant());
        } catch (TaskNotAllowedException e) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
    }

    private StepHandler handlerFor(String formKey) {
        for (StepHandler h : handlers) {
            if (h.type().is(formKey)) {
                return h;
            }
        }
        throw new DomainException("appraisal.error.unknownStepType", String.valueOf(formKey));
    }

    Appraisal forTask(TaskInfo task) {
        return em.createQuery("select a from Appraisal a where a.processInstanceId = :pi", Appraisal.class)
                .setParameter("pi", task.processInstanceId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("appraisal.error.unknownAppraisal"));
    }
}
