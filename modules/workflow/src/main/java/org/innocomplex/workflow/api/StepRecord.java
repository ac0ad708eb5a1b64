package org.innocomplex.workflow.api;

import java.time.Instant;

/** A task of a process instance as history keeps it; {@code ended} is null while it is open. */
public record StepRecord(String taskId, String definitionKey, String name, String formKey, String assignee,
                         Instant started, Instant ended) {
}
