package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.BulkOutcome;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepCount;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.domain.WorkItem;
import org.innocomplex.workflow.api.TaskAlreadyHandledException;
import org.innocomplex.workflow.api.TaskClaimedException;
import org.innocomplex.workflow.api.TaskNotAllowedException;
import org.innocomplex.workflow.api.TaskNotFoundException;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * The inbox on {@code apr_work_item}. An actor's audiences are their candidate groups and their own name; most
 * actors have rows under one of them only, so the page query first drops the empty ones and then reads one index
 * range in its order, with no sort.
 */
@ApplicationScoped
@Transactional
public class DefaultInboxService implements InboxService {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DefaultInboxService.class.getName());
    private static final String OPEN = "w.status = :open";

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkflowService workflow;

    @Inject
    AppraisalService appraisals;

    @Inject
    WorkItemProjection projection;

    @Inject
    InboxCounts counts;

    @Override
    public void recount() {
        counts.recount();
    }

    @Override
    public int rebuildIfEmpty() {
        return projection.backfillIfEmpty();
    }

    static List<String> audiences(Actor actor) {
        List<String> a = new ArrayList<>();
        actor.groups().stream().sorted().forEach(g -> a.add(WorkItem.GROUP + g));
        a.add(WorkItem.USER + actor.username());
        return a;
    }

    /** the audiences that have an open task at all, from the running counts */
    private List<String> liveAudiences(Actor actor) {
        return counts.live(audiences(actor));
    }

    @Override
    public List<InboxItem> page(Actor actor, InboxQuery query, int first, int max) {
        List<String> live = liveAudiences(actor);
        if (live.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        TypedQuery<WorkItem> q =
                em.createQuery("select w from WorkItem w" + where(live, query) + orderBy(live, query), WorkItem.class);
        bind(q, live, query, now);
        return q.setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(w -> w.toItem(now))
                .toList();
    }

    @Override
    public long count(Actor actor, InboxQuery query) {
        List<String> live = liveAudiences(actor);
        if (live.isEmpty()) {
            return 0;
        }
        if (query.unfiltered()) {
            return counts.openByStep(live).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
        TypedQuery<Long> q = em.createQuery("select count(w) from WorkItem w" + where(live, query), Long.class);
        bind(q, live, query, Instant.now());
        return q.getSingleResult();
    }

    @Override
    public List<StepCount> countsByStep(Actor actor) {
        List<String> live = liveAudiences(actor);
        if (live.isEmpty()) {
            return List.of();
        }
        // the running counts, not the county's 10,000 index entries; the names: one probe per step (a handful)
        return counts.openByStep(live).entrySet().stream()
                .map(e -> new StepCount(e.getKey(), stepName(live, e.getKey()), e.getValue()))
                .toList();
    }

    private String stepName(List<String> live, String stepKey) {
        return em.createQuery(
                        "select w.stepName from WorkItem w"
                                + where(live, InboxQuery.all().withStep(stepKey)),
                        String.class)
                .setParameter("aud", live.size() == 1 ? live.get(0) : live)
                .setParameter("open", WorkItem.Status.OPEN)
                .setParameter("step", stepKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String where(List<String> live, InboxQuery q) {
        StringBuilder w =
                new StringBuilder(live.size() == 1 ? " where w.audience = :aud" : " where w.audience in :aud");
        w.append(" and ").append(OPEN);
        if (q.cycleId() != null) {
            w.append(" and w.cycleId = :cycle");
        }
        if (q.countyCode() != null) {
            w.append(" and w.countyCode = :county");
        }
        if (q.stepKey() != null) {
            w.append(" and w.stepKey = :step");
        }
        if (q.overdueOnly()) {
            w.append(" and w.dueAt < :now");
        }
        return w.toString();
    }

    /*
     * H2 reads an index in its order, and stops after the page, only when the ORDER BY names the index's leading
     * columns too; otherwise it fetches every matching row (10,000 for a county at the target size) and sorts them.
     * With one audience, the columns the WHERE fixes (audience, status, an equality filter) are constants, so naming
     * them first changes nothing in the order; PostgreSQL uses the same index either way. Only where the index's
     * direction matches: H2 does not read these indexes backwards. Not for "overdue only": the overdue tasks are the
     * oldest, so reading newest first would pass nearly all the others before the page; the due-date index finds them.
     */
    private static String orderBy(List<String> live, InboxQuery q) {
        String dir = q.ascending() ? " asc" : " desc";
        InboxQuery.Sort sort = q.sort() == null ? InboxQuery.Sort.CREATED : q.sort();
        boolean one = live.size() == 1 && !q.overdueOnly();
        return switch (sort) {
            case CREATED ->
                " order by " + (one && !q.ascending() ? "w.audience, w.status, " + filterColumn(q) : "") + "w.createdAt"
                        + dir;
            case DUE ->
                " order by " + (one && q.ascending() && noEqualityFilter(q) ? "w.audience, w.status, " : "") + "w.dueAt"
                        + dir;
            case STEP -> " order by w.stepKey" + dir + ", w.createdAt" + dir;
            case COMPLEX ->
                " order by " + (one && q.ascending() && noEqualityFilter(q) ? "w.audience, w.status, " : "")
                        + "w.complexNameZh" + dir;
        };
    }

    /** the filter column an index has between (audience, status) and created_at, if the query filters on one */
    private static String filterColumn(InboxQuery q) {
        if (q.stepKey() != null) {
            return "w.stepKey, ";
        }
        if (q.countyCode() != null) {
            return "w.countyCode, ";
        }
        return q.cycleId() != null ? "w.cycleId, " : "";
    }

    private static boolean noEqualityFilter(InboxQuery q) {
        return q.stepKey() == null && q.countyCode() == null && q.cycleId() == null;
    }

    private static void bind(TypedQuery<?> q, List<String> live, InboxQuery query, Instant now) {
        q.setParameter("aud", live.size() == 1 ? live.get(0) : live);
        q.setParameter("open", WorkItem.Status.OPEN);
        if (query.cycleId() != null) {
            q.setParameter("cycle", query.cycleId());
        }
        if (query.countyCode() != null) {
            q.setParameter("county", query.countyCode());
        }
        if (query.stepKey() != null) {
            q.setParameter("step", query.stepKey());
        }
        if (query.overdueOnly()) {
            q.setParameter("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        }
    }

    @Override
    public void claim(Actor actor, String taskId) {
        try {
            workflow.claim(taskId, actor.username(), actor.groups());
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

    @Override
    public void unclaim(Actor actor, String taskId) {
        try {
            workflow.unclaim(taskId, actor.username(), actor.groups());
        } catch (TaskAlreadyHandledException e) {
            throw new DomainException("appraisal.error.alreadyHandled");
        } catch (TaskNotFoundException e) {
            throw new DomainException("appraisal.error.unknownTask");
        } catch (TaskNotAllowedException e) {
            throw new NotAuthorizedException("appraisal.error.notYourTask");
        }
    }

    @Override
    public List<InboxItem> handled(Actor actor, int first, int max) {
        Instant now = Instant.now();
        // completedBy first in the ORDER BY for H2's sake, as in orderBy()
        return em.createQuery(
                        "select w from WorkItem w where w.completedBy = :u order by w.completedBy, w.completedAt desc",
                        WorkItem.class)
                .setParameter("u", actor.username())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(w -> w.toItem(now))
                .toList();
    }

    @Override
    public long handledCount(Actor actor) {
        return counts.handledBy(actor.username());
    }

    /**
     * Runs with no transaction of its own: each {@link AppraisalService#complete} then commits (or rolls back) alone,
     * with the same race handling as a single approval.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<BulkOutcome> bulkApprove(Actor actor, List<String> taskIds, String comment) {
        Map<String, WorkItem> items = new HashMap<>();
        if (!taskIds.isEmpty()) {
            em.createQuery("select w from WorkItem w where w.taskId in :ids", WorkItem.class)
                    .setParameter("ids", taskIds)
                    .getResultStream()
                    .forEach(w -> items.put(w.taskId(), w));
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (String id : taskIds) {
            WorkItem w = items.get(id);
            String zh = w == null ? "" : w.complexNameZh();
            String en = w == null ? "" : w.complexNameEn();
            if (w == null || w.status() != WorkItem.Status.OPEN) {
                outcomes.add(new BulkOutcome(id, zh, en, "appraisal.error.alreadyHandled", null));
                continue;
            }
            if (!StepType.REVIEW.is(w.formKey())) {
                outcomes.add(new BulkOutcome(id, zh, en, "appraisal.inbox.bulk.notReview", null));
                continue;
            }
            try {
                appraisals.complete(id, actor, new StepInput.Review(true, comment));
                outcomes.add(new BulkOutcome(id, zh, en, null, null));
            } catch (DomainException e) {
                outcomes.add(new BulkOutcome(
                        id,
                        zh,
                        en,
                        e.key(),
                        e.args().isEmpty() ? null : String.valueOf(e.args().get(0))));
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "bulk approval of task " + id + " failed", e);
                outcomes.add(new BulkOutcome(id, zh, en, "appraisal.inbox.bulk.failed", null));
            }
        }
        return outcomes;
    }
}
