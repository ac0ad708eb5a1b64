package org.innocomplex.workflow.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.innocomplex.workflow.api.TaskEvent;

/**
 * Turns the engine's task events into {@link TaskEvent}s. It runs inside the engine's command, i.e. in the caller's
 * JTA transaction, and fails the command when an observer fails: a projection is never out of step with the engine.
 */
class TaskEventListener implements FlowableEventListener {
    private static final Map<FlowableEngineEventType, TaskEvent.Kind> KINDS = Map.of(
            FlowableEngineEventType.TASK_CREATED, TaskEvent.Kind.CREATED,
            FlowableEngineEventType.TASK_ASSIGNED, TaskEvent.Kind.ASSIGNED,
            FlowableEngineEventType.TASK_COMPLETED, TaskEvent.Kind.COMPLETED,
            FlowableEngineEventType.ENTITY_DELETED, TaskEvent.Kind.DELETED);

    private final Consumer<TaskEvent> sink;

    TaskEventListener(Consumer<TaskEvent> sink) {
        this.sink = sink;
    }

    /** the engine's event type names this listener is registered for */
    static List<String> types() {
        return KINDS.keySet().stream().map(Enum::name).toList();
    }

    @Override
    public void onEvent(FlowableEvent event) {
        TaskEvent.Kind kind = event.getType() instanceof FlowableEngineEventType t ? KINDS.get(t) : null;
        // ENTITY_DELETED is fired for every kind of entity; only tasks of processes matter here
        if (kind == null
                || !(event instanceof FlowableEntityEvent e)
                || !(e.getEntity() instanceof TaskEntity task)
                || task.getProcessInstanceId() == null) {
            return;
        }
        // TASK_CREATED is dispatched after the assignment handling, so the candidate links exist by now
        List<String> groups = task.getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .distinct()
                .toList();
        String completedBy = kind != TaskEvent.Kind.COMPLETED
                ? null
                : task.getTempCompletedBy() != null
                        ? task.getTempCompletedBy()
                        : Authentication.getAuthenticatedUserId() != null
                                ? Authentication.getAuthenticatedUserId()
                                : task.getAssignee();
        sink.accept(new TaskEvent(
                kind,
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                task.getFormKey(),
                task.getProcessInstanceId(),
                task.getProcessDefinitionId(),
                businessKey(task),
                instant(task.getCreateTime()),
                instant(task.getDueDate()),
                task.getAssignee(),
                groups,
                completedBy));
    }

    private static String businessKey(TaskEntity task) {
        // the instance is in the command's entity cache: no query while the process starts or moves on
        ExecutionEntity pi = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        return pi == null ? null : pi.getBusinessKey();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
