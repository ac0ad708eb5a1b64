package org.innocomplex.workflow.api;

import java.time.Instant;

/**
 * An open user task.
 *
 * @param definitionKey the task's id in the BPMN, e.g. {@code countyReview}
 * @param formKey       the step type, which picks the screen and the handler
 */
public record TaskInfo(
        String id,
        String definitionKey,
        String name,
        String formKey,
        String processInstanceId,
        String processDefinitionId,
        Instant created,
        Instant due,
        String assignee)
        implements java.io.Serializable {}
