package org.innocomplex.workflow.api;

/** The task is no longer open: someone else completed it first, or its process moved on. */
public class TaskAlreadyHandledException extends RuntimeException {
    public TaskAlreadyHandledException(String taskId, Throwable cause) {
        super("task " + taskId + " is no longer open", cause);
    }
}
