package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CandidateGroup;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.appraisal.api.ExpertReviewService;
import org.innocomplex.appraisal.api.ScoreSheetData;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.appraisal.domain.AppraisalEvent;
import org.innocomplex.appraisal.domain.ConflictDeclaration;
import org.innocomplex.appraisal.domain.ConflictOfInterest;
import org.innocomplex.appraisal.domain.ScoreSheet;
import org.innocomplex.appraisal.domain.ScoreSheetRules;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.TaskNotFoundException;
import org.innocomplex.workflow.api.WorkflowService;

@ApplicationScoped
@Transactional
public class DefaultExpertReviewService implements ExpertReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    RegistryService registry;

    @Inject
    ExpertSheets sheets;

    private record Ctx(TaskInfo task, Appraisal appraisal) {}

    /** The expert's own open review task on an appraisal they are assigned to. */
    private Ctx expertTask(String taskId, Actor expert) {
        Ctx c = task(taskId, expert);
        if (!expert.is(Role.EXPERT)
                || !expert.username().equals(c.task().assignee())
                || !c.appraisal().experts().contains(expert.username())) {
            throw new NotAuthorizedException("appraisal.error.notAssigned");
        }
        return c;
    }

    private Ctx task(String taskId, Actor actor) {
        TaskInfo t;
        try {
            t = workflow.actionableTask(taskId, actor.username(), actor.groups());
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        } catch (TaskNotFoundException e) {
            throw new DomainException("appraisal.error.unknownTask");
        } catch (TaskNotAllowedException e) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
        if (!StepType.EXPERT_REVIEW.is(t.formKey())) {
            throw new DomainException("appraisal.error.wrongInput", t.formKey());
        }
        Appraisal a = em.createQuery("select a from Appraisal a where a.processInstanceId = :pi", Appraisal.class)
                .setParameter("pi", t.processInstanceId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("appraisal.error.unknownAppraisal"));
        return new Ctx(t, a);
    }

    @Override
    public ScoreSheetData sheet(String taskId, Actor expert) {
        Ctx c = expertTask(taskId, expert);
        boolean confirmed = sheets.confirmed(c.appraisal().id(), expert.username());
        return sheets.find(c.appraisal().id(), expert.username())
                .map(s -> new ScoreSheetData(
                        confirmed,
                        s.points(),
                        s.groupComments(),
                        s.comment(),
                        s.updatedAt().toInstant(ZoneOffset.UTC)))
                .orElse(new ScoreSheetData(confirmed, Map.of(), Map.of(), null, null));
    }

    @Override
    public void confirmNoConflict(String taskId, Actor expert) {
        Ctx c = expertTask(taskId, expert);
        if (!sheets.confirmed(c.appraisal().id(), expert.username())) {
            em.persist(new AppraisalEvent(
                    c.appraisal().id(), c.task().definitionKey(), ExpertSheets.CONFIRMED, expert.username(), null));
        }
    }

    @Override
    public void declareConflict(String taskId, Actor expert, String reason) {
        Ctx c = expertTask(taskId, expert);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(new Violation("reason", "appraisal.expert.error.reasonRequired")));
        }
        if (reason.length() > 2000) {
            throw new ValidationException(
                    List.of(new Violation("reason", "appraisal.expert.error.reasonTooLong", 2000)));
        }
        Appraisal a = c.appraisal();
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(new ConflictDeclaration(a.id(), a.complexId(), expert.username(), reason.strip()));
        a.removeExpert(expert.username());
        sheets.find(a.id(), expert.username()).ifPresent(em::remove);
        em.persist(new AppraisalEvent(
                a.id(), c.task().definitionKey(), ExpertSheets.DECLARED, expert.username(), reason.strip()));
        try {
            workflow.handBack(
                    taskId,
                    expert.username(),
                    expert.groups(),
                    CandidateGroup.municipal(a.cityCode()).toString());
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        }
    }

    @Override
    public void saveDraft(String taskId, Actor expert, StepInput.ExpertScore input) {
        Ctx c = expertTask(taskId, expert);
        if (!sheets.confirmed(c.appraisal().id(), expert.username())) {
            throw new DomainException("appraisal.expert.error.confirmFirst");
        }
        ValidationException.throwIfAny(
                ScoreSheetRules.check(sheets.catalogue(c.appraisal()).rubricItems(), input.points(), false));
        ScoreSheet sheet = sheets.sheetOf(c.appraisal().id(), expert.username());
        sheet.fill(input.points(), input.groupComments(), input.comment());
    }

    private Ctx handedBackTask(String taskId, Actor official) {
        Ctx c = task(taskId, official);
        if (!AppraisalAccess.isBureauOf(registry.scopeOf(official), c.appraisal())) {
            throw new NotAuthorizedException("appraisal.error.notYourCity");
        }
        if (c.task().assignee() != null) {
            throw new DomainException("appraisal.expert.error.notHandedBack");
        }
        return c;
    }

    @Override
    public List<ExpertData> replacements(String taskId, Actor official) {
        Ctx c = handedBackTask(taskId, official);
        return eligible(c.appraisal());
    }

    private List<ExpertData> eligible(Appraisal a) {
        ComplexData complex = registry.complex(a.complexId()).orElseThrow();
        return ConflictOfInterest.eligible(registry.experts(), complex, sheets.declared(a.id()), a.experts());
    }

    @Override
    public void reassign(String taskId, Actor official, String expert) {
        Ctx c = handedBackTask(taskId, official);
        Appraisal a = c.appraisal();
        if (expert == null || expert.isBlank()) {
            throw new ValidationException(List.of(new Violation("replacement", "appraisal.expert.error.pickExpert")));
        }
        if (eligible(a).stream().noneMatch(e -> e.username().equals(expert))) {
            throw new ValidationException(List.of(new Violation("replacement", "appraisal.expert.error.notEligible")));
        }
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        a.addExpert(expert);
        em.persist(
                new AppraisalEvent(a.id(), c.task().definitionKey(), "EXPERT_REASSIGNED", official.username(), expert));
        try {
            workflow.reassign(taskId, official.username(), official.groups(), expert);
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        }
    }

    @Override
    public boolean handedBack(String taskId, Actor actor) {
        return workflow.openTask(taskId)
                .map(t -> StepType.EXPERT_REVIEW.is(t.formKey()) && t.assignee() == null)
                .orElse(false);
    }
}
