package org.innocomplex.appraisal.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.innocomplex.access.api.CandidateGroup;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.GradesPublished;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.appraisal.api.StepCompleted;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalEvent;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * Notifications that follow the people's own steps: the operators when their report comes back, each expert when
 * assigned, the operators when grades are published. Written in the step's transaction, like its history line.
 */
@ApplicationScoped
@Transactional
public class NotificationTriggers {
    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    UserService users;

    @Inject
    WorkflowService workflow;

    @Inject
    RegistryService registry;

    public void onStep(@Observes StepCompleted step) {
        Appraisal a = em.find(Appraisal.class, step.appraisalId());
        if (a == null) {
            return;
        }
        if (StepType.REVIEW.is(step.formKey()) && "RETURNED".equals(lastAction(a, step.stepKey()))) {
            String task = openTaskId(a, StepType.REPORT);
            notifications.notify(
                    operators(a),
                    "RETURNED",
                    "appraisal.notify.returned",
                    args(a, "#workflow.step." + step.stepKey(), step.comment() == null ? "" : step.comment()),
                    a.reportId(),
                    task);
        } else if (StepType.ASSIGN_EXPERTS.is(step.formKey())) {
            for (TaskInfo t : workflow.openTasks(a.processInstanceId())) {
                if (StepType.EXPERT_REVIEW.is(t.formKey()) && t.assignee() != null) {
                    notifications.notify(
                            List.of(t.assignee()),
                            "EXPERT_ASSIGNED",
                            "appraisal.notify.expertAssigned",
                            args(a),
                            a.reportId(),
                            t.id());
                }
            }
        }
    }

    public void onPublished(@Observes GradesPublished published) {
        if (published.appraisalIds().isEmpty()) {
            return;
        }
        // a whole cycle is published at once: its appraisals and complexes are read in one query each
        List<Appraisal> appraisals = em.createQuery("select a from Appraisal a where a.id in :ids", Appraisal.class)
                .setParameter("ids", published.appraisalIds())
                .getResultList();
        java.util.Map<Long, ComplexData> complexes = registry.complexes(
                appraisals.stream().map(Appraisal::complexId).collect(java.util.stream.Collectors.toSet()));
        for (Appraisal a : appraisals) {
            notifications.notify(
                    operators(a),
                    "GRADE_PUBLISHED",
                    "appraisal.notify.gradePublished",
                    args(complexes.get(a.complexId())),
                    a.reportId(),
                    null);
        }
    }

    private List<String> operators(Appraisal a) {
        return users.usernamesInGroup(CandidateGroup.complex(a.complexId()).toString());
    }

    private String lastAction(Appraisal a, String stepKey) {
        return em.createQuery(
                        "select e from AppraisalEvent e where e.appraisalId = :a and e.stepKey = :s"
                                + " order by e.at desc, e.id desc",
                        AppraisalEvent.class)
                .setParameter("a", a.id())
                .setParameter("s", stepKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(AppraisalEvent::action)
                .orElse(null);
    }

    private String openTaskId(Appraisal a, StepType type) {
        return workflow.openTasks(a.processInstanceId()).stream()
                .filter(t -> type.is(t.formKey()))
                .map(TaskInfo::id)
                .findFirst()
                .orElse(null);
    }

    /** The complex's name (in the reader's language) first, then the message's own arguments. */
    private List<String> args(Appraisal a, String... more) {
        return args(registry.complex(a.complexId()).orElse(null), more);
    }

    private static List<String> args(ComplexData c, String... more) {
        List<String> args =
                new java.util.ArrayList<>(List.of(c == null ? "" : NotificationData.bilingual(c.nameZh(), c.nameEn())));
        args.addAll(List.of(more));
        return args;
    }
}
