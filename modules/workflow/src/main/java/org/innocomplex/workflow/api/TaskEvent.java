package org.innocomplex.workflow.api;

import java.time.Instant;
import java.util.List;

/**
 * A user task changed, fired synchronously by the engine inside the transaction that changed it, so an observer's
 * writes commit or roll back with the engine's. Modules keep their own projections of tasks with it (the workflow
 * knows nothing of what they are for).
 *
 * @param businessKey     the process instance's business key, which names the starter's object
 * @param candidateGroups the groups the task is offered to, read once the engine has added them
 * @param completedBy     who completed it, only for {@link Kind#COMPLETED}
 */
public record TaskEvent(
        Kind kind,
        String taskId,
        String definitionKey,
        String name,
        String formKey,
        String processInstanceId,
        String processDefinitionId,
        String businessKey,
        Instant created,
        Instant due,
        String assignee,
        List<String> candidateGroups,
        String completedBy) {

    public enum Kind {
        CREATED,
        ASSIGNED,
        COMPLETED,
        /** removed without completion (its process instance was deleted or a boundary event cancelled it) */
        DELETED
    }
}
