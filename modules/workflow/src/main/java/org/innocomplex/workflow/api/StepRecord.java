package org.innocomplex.workflow.api;

import java.time.Instant;

/**
 * A task of a process instance as history keeps it; {@code ended} is null while it is open.
 *
 * @param completedBy who completed it (null while open); {@code assignee} is set only for assigned tasks
 */
public record StepRecord(
        String taskId,
        String definitionKey,
        String name,
        String formKey,
        String assignee,
        String completedBy,
        Instant started,
        Instant ended)
        implements java.io.Serializable {}
