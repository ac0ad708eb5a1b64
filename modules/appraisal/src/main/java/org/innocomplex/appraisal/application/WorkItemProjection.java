package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.WorkItem;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.workflow.api.TaskEvent;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * Keeps {@code apr_work_item} in step with the engine's user tasks. The engine fires the events inside the command
 * that changed the task, so a row is written in the very transaction of the change: the inbox is never ahead of or
 * behind the engine, and a rolled back completion leaves the row open.
 */
@ApplicationScoped
public class WorkItemProjection {
    private static final Logger LOG = Logger.getLogger(WorkItemProjection.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplexNames complexes;

    @Inject
    WorkflowService workflow;

    @Inject
    InboxCounts counts;

    /** applies the event to the task's row, and moves the inbox's counts by what changed */
    void on(@Observes TaskEvent e) {
        WorkItem before = find(e.taskId()).orElse(null);
        String[] was = openKey(before);
        String handledBefore = before == null ? null : before.completedBy();
        switch (e.kind()) {
            case CREATED -> created(e);
            case ASSIGNED -> find(e.taskId()).ifPresent(w -> w.assigned(e.assignee(), e.candidateGroups()));
            case COMPLETED -> find(e.taskId()).ifPresent(w -> w.completed(e.completedBy(), Instant.now()));
            case DELETED -> find(e.taskId()).ifPresent(w -> w.cancelled(Instant.now()));
        }
        WorkItem after = find(e.taskId()).orElse(null);
        String[] is = openKey(after);
        counts.moveOpen(was[0], was[1], is[0], is[1]);
        if (after != null && after.completedBy() != null && handledBefore == null) {
            counts.handled(after.completedBy());
        }
    }

    /** where an open task counts: {audience, step}, or {null, null} */
    private static String[] openKey(WorkItem w) {
        return w == null || w.status() != WorkItem.Status.OPEN
                ? new String[2]
                : new String[] {w.audience(), w.stepKey()};
    }

    private void created(TaskEvent e) {
        WorkItem item = find(e.taskId()).orElse(null);
        if (item == null) {
            Appraisal a = appraisalOf(e).orElse(null);
            if (a == null) {
                // a process the appraisal did not start has no place in its inbox
                return;
            }
            Optional<ComplexData> c = complexes.get(a.complexId());
            item = new WorkItem(
                    e.taskId(),
                    a,
                    c.map(ComplexData::nameZh).orElse(""),
                    c.map(ComplexData::nameEn).orElse(""));
            item.describe(
                    e.processInstanceId(),
                    e.definitionKey(),
                    e.formKey(),
                    e.name(),
                    e.created(),
                    e.due(),
                    e.assignee(),
                    e.candidateGroups());
            em.persist(item);
        } else {
            item.describe(
                    e.processInstanceId(),
                    e.definitionKey(),
                    e.formKey(),
                    e.name(),
                    e.created(),
                    e.due(),
                    e.assignee(),
                    e.candidateGroups());
        }
    }

    /**
     * The appraisal by the process's business key: while a process starts its first task is created before the
     * appraisal learns its process instance id.
     */
    private Optional<Appraisal> appraisalOf(TaskEvent e) {
        String key = e.businessKey();
        if (key != null && key.startsWith(DefaultAppraisalService.BUSINESS_KEY_PREFIX)) {
            Long reportId = Long.valueOf(key.substring(DefaultAppraisalService.BUSINESS_KEY_PREFIX.length()));
            return em.createQuery("select a from Appraisal a where a.reportId = :r", Appraisal.class)
                    .setParameter("r", reportId)
                    .getResultStream()
                    .findFirst();
        }
        return em.createQuery("select a from Appraisal a where a.processInstanceId = :pi", Appraisal.class)
                .setParameter("pi", e.processInstanceId())
                .getResultStream()
                .findFirst();
    }

    private Optional<WorkItem> find(String taskId) {
        return Optional.ofNullable(em.find(WorkItem.class, taskId));
    }

    /**
     * A database from before the inbox table has open tasks but no rows: rebuilds the open rows from the engine,
     * once. Finished tasks of that time stay out of the handled lists.
     *
     * @return how many rows were written
     */
    @Transactional
    public int backfillIfEmpty() {
        boolean empty = em.createQuery("select w.taskId from WorkItem w", String.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!empty) {
            return 0;
        }
        List<TaskEvent> open = workflow.openTaskSnapshot();
        open.forEach(this::on);
        if (!open.isEmpty()) {
            LOG.info(() -> "inbox: " + open.size() + " open task(s) copied from the engine");
        }
        return open.size();
    }
}
