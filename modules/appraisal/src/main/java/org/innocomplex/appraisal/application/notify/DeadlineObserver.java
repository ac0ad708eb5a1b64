package org.innocomplex.appraisal.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.innocomplex.access.api.CandidateGroup;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationService;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalEvent;
import org.innocomplex.appraisal.domain.DeadlineNotice;
import org.innocomplex.appraisal.domain.DeadlineRouting;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.workflow.api.DeadlineReached;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * Turns a fired deadline timer into notifications and a history line, in the timer job's transaction: if anything
 * here fails, the job is retried and nothing half-sent remains.
 */
@ApplicationScoped
@Transactional
public class DeadlineObserver {
    private static final Logger LOG = Logger.getLogger(DeadlineObserver.class.getName());
    /** Who the history names for what the timers did. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    java.time.ZoneId bureau;

    @Inject
    NotificationService notifications;

    @Inject
    UserService users;

    @Inject
    WorkflowService workflow;

    @Inject
    RegistryService registry;

    public void onDeadline(@Observes DeadlineReached deadline) {
        Appraisal a = em.createQuery("select a from Appraisal a where a.processInstanceId = :pi", Appraisal.class)
                .setParameter("pi", deadline.processInstanceId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (a == null) {
            LOG.warning(() -> "deadline of process " + deadline.processInstanceId() + " with no appraisal");
            return;
        }
        String kind = deadline.kind().name();
        // a step re-entered after a return has new task ids and is told again; the same task never twice
        List<String> fresh = deadline.taskIds().stream()
                .filter(id -> em.find(DeadlineNotice.class, DeadlineNotice.key(id, kind)) == null)
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        fresh.forEach(id -> em.persist(new DeadlineNotice(id, kind)));

        String step = deadline.taskDefinitionKey();
        ComplexData complex = registry.complex(a.complexId()).orElse(null);
        List<String> args = List.of(
                complex == null ? "" : NotificationData.bilingual(complex.nameZh(), complex.nameEn()),
                NotificationData.KEY_ARG + "workflow.step." + step,
                deadline.due() == null
                        ? ""
                        : DateTimeFormatter.ISO_LOCAL_DATE.withZone(bureau).format(deadline.due()));
        List<TaskInfo> open = workflow.openTasks(a.processInstanceId()).stream()
                .filter(t -> fresh.contains(t.id()))
                .toList();
        if (deadline.kind() == DeadlineReached.Kind.REMIND) {
            for (TaskInfo t : open) {
                List<String> to = t.assignee() != null
                        ? List.of(t.assignee())
                        : members(DeadlineRouting.groups(workflow.candidateGroups(t.id())));
                notifications.notify(to, kind, "appraisal.notify.remind", args, a.reportId(), t.id());
                history(a, step, "REMINDED", to);
            }
        } else {
            Set<String> groups = new LinkedHashSet<>();
            open.forEach(t -> groups.addAll(workflow.candidateGroups(t.id())));
            // the next level has nothing to open: the link goes to the report's record
            List<String> to = members(DeadlineRouting.escalation(groups, a));
            notifications.notify(to, kind, "appraisal.notify.escalate", args, a.reportId(), null);
            history(a, step, "ESCALATED", to);
        }
    }

    private List<String> members(Set<CandidateGroup> groups) {
        Set<String> names = new LinkedHashSet<>();
        groups.forEach(g -> names.addAll(users.usernamesInGroup(g.toString())));
        return List.copyOf(names);
    }

    private void history(Appraisal a, String step, String action, List<String> to) {
        Set<String> names = new LinkedHashSet<>(to);
        String who = String.join(", ", new ArrayList<>(names));
        // the comment column holds 4000 characters; a long recipient list is cut rather than failing the job
        em.persist(new AppraisalEvent(
                a.id(),
                step,
                action,
                SYSTEM,
                names.isEmpty() ? null : who.length() <= 4000 ? who : who.substring(0, 3999) + "…"));
    }
}
